import type { Element, ElementContent } from 'hast';
import { DATA, hastProperty } from '../lib/markup';
import { PASSAGE_INDEX_KEY, type StoredPassageIndex } from '../lib/passage-index';
import { passageId } from '../lib/passage-id';
import { sentenceAt, sentenceRanges } from '../lib/sentences';
import { hasAncestor, walk, type TreeTransform } from './hast-utils';

const CITE = hastProperty(DATA.cite);
const ACTOR = hastProperty(DATA.actor);
const INTERVAL = hastProperty(DATA.interval);

interface Mark {
  element: Element;
  start: number;
  end: number;
}

const isFootnoteMarker = (el: Element) =>
  el.properties?.dataFootnoteRef !== undefined || el.properties?.dataFootnoteBackref !== undefined;

/** The paragraph's text as a reader reads it (no note numbers or back arrows), and where each marked element sits in it. */
function readParagraph(paragraph: Element): { text: string; marks: Mark[] } {
  let text = '';
  const marks: Mark[] = [];
  const walk = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'element' && !isFootnoteMarker(node)) {
        const start = text.length;
        walk(node.children);
        const p = node.properties ?? {};
        if (p[CITE] !== undefined || p[ACTOR] !== undefined || node.tagName === 'time') {
          marks.push({ element: node, start, end: text.length });
        }
      }
    }
  };
  walk(paragraph.children);
  return { text, marks };
}

/**
 * Gives every paragraph an anchor derived from its words, and records each citation, actor
 * mention and date with the sentence it stands in and the paragraph it lands on. Runs last, on
 * the markup the other plugins added.
 */
export function passageIndex(): TreeTransform {
  return (tree, file) => {
    const index: StoredPassageIndex = { passages: [], citations: [], mentions: [], dates: [] };
    const used = new Map<string, number>();
    walk(tree, (node, ancestors) => {
      if (node.type !== 'element' || node.tagName !== 'p') return;
      const { text: read, marks: readMarks } = readParagraph(node);
      const text = read.trim();
      if (!text) return;
      // Sentences are stored as where they stand in the paragraph's text as stored: trimmed.
      const lead = read.length - read.trimStart().length;
      const marks = readMarks.map((m) => ({ ...m, start: Math.max(0, m.start - lead), end: Math.max(0, m.end - lead) }));
      const base = passageId(read);
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      const id = n === 1 ? base : `${base}-${n}`;
      node.properties.id = id;
      const inNote = hasAncestor(ancestors, (el) => el.properties?.dataFootnotes !== undefined);
      index.passages.push({ id, text, note: inNote });
      const ranges = sentenceRanges(text, marks.map((m) => [m.start, m.end]));
      const actorsBySentence = new Map<number, Set<string>>();
      for (const mark of marks) {
        const sentence = sentenceAt(text, ranges, mark.start);
        const words = text.slice(mark.start, mark.end);
        const p = mark.element.properties ?? {};
        if (p[CITE] !== undefined) {
          index.citations.push({ citation: String(p[CITE]), anchor: String(p.id), passage: id, sentence });
        } else if (p[ACTOR] !== undefined) {
          index.mentions.push({ actor: String(p[ACTOR]), words, passage: id, sentence });
          const set = actorsBySentence.get(sentence[0]) ?? new Set();
          actorsBySentence.set(sentence[0], set.add(String(p[ACTOR])));
        }
      }
      for (const mark of marks) {
        const p = mark.element.properties ?? {};
        if (mark.element.tagName !== 'time') continue;
        const sentence = sentenceAt(text, ranges, mark.start);
        index.dates.push({
          iso: String(p[INTERVAL] ?? p.dateTime),
          words: text.slice(mark.start, mark.end),
          passage: id,
          sentence,
          actors: [...(actorsBySentence.get(sentence[0]) ?? [])],
        });
      }
    });
    file.frontmatter[PASSAGE_INDEX_KEY] = index;
  };
}
