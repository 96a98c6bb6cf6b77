import type { Block } from './blocks';
import type { Finding } from './findings';
import { isNotesHeading, readNote } from './notes';

/** A stretch of the article's text: a paragraph, a heading, or a note's paragraph. */
export interface Passage {
  block: Block;
  /** Where the passage's own text starts in the block (after a note's "[n] "). */
  start: number;
}

export interface Note {
  label: string;
  /** The note's paragraphs; the first starts at its "[n]". */
  passages: Passage[];
}

export interface Body {
  /** Paragraphs and headings, in order. */
  sections: Array<{ kind: 'paragraph' | 'heading'; passage: Passage }>;
  notes: Note[];
  findings: Finding[];
}

const MAX_HEADING_WORDS = 15;
// A heading ends without closing punctuation; quotes and apostrophes after it do not count.
const CLOSING = /[.!?:;,…)\]][”’"']*$/;

/** A short line without closing punctuation, or what the page marks as a heading. */
export function isHeading(block: Block): boolean {
  if (block.role === 'heading') return true;
  return (
    block.role === undefined &&
    block.lineStarts.length === 1 &&
    block.text.split(' ').length <= MAX_HEADING_WORDS &&
    !CLOSING.test(block.text) &&
    readNote(block.text) === undefined
  );
}

/** Splits the body into paragraphs and headings, and the notes: after a "Notes" heading, or from the first "[n] …" paragraph. */
export function readBody(blocks: Block[]): Body {
  const body: Body = { sections: [], notes: [], findings: [] };
  let inNotes = false;
  for (const block of blocks) {
    const note = readNote(block.text);
    if (!inNotes && isHeading(block) && isNotesHeading(block.text)) {
      inNotes = true;
      continue;
    }
    if (!inNotes && !note) {
      body.sections.push({ kind: isHeading(block) ? 'heading' : 'paragraph', passage: { block, start: 0 } });
      continue;
    }
    inNotes = true;
    const last = body.notes.at(-1);
    if (note) {
      const passage = { block, start: block.text.length - note.text.length };
      if (body.notes.some((n) => n.label === note.label)) {
        body.findings.push({ line: block.line, message: `note [${note.label}] is defined twice` });
      } else {
        body.notes.push({ label: note.label, passages: [passage] });
      }
    } else if (last) {
      last.passages.push({ block, start: 0 });
    } else {
      body.findings.push({ line: block.line, message: 'the Notes section must start with a note "[n] …"' });
    }
  }
  return body;
}
