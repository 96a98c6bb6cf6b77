/**
 * The reference formatter's thread: Citation.js, loaded once, formats the items the build sends.
 * Node runs this file and `citation-formats` as they are (their types are erased), which is why
 * that module imports packages only.
 */
import { formatReferences, type CslItem } from '../lib/citation-formats.ts';
import { answerCalls } from './thread-answers.ts';

answerCalls((item: CslItem) => {
  try {
    return formatReferences(item);
  } catch (error) {
    throw new Error(`${item.id}: ${(error as Error).message}`);
  }
});
