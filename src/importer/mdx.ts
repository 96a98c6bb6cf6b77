import { Document, Scalar, type YAMLMap } from 'yaml';
import type { ArticleData } from '../schemas/article';

/** A piece of a paragraph: the author's text, a citation's own words linked to it, or a note marker. */
export type Inline = { text: string } | { words: string; cite: string } | { note: string };

export interface Draft {
  data: ArticleData;
  /** Why the date is what it is, where the text does not give it. */
  dateComment?: string;
  sections: Array<{ kind: 'paragraph' | 'heading'; inlines: Inline[] }>;
  notes: Array<{ label: string; paragraphs: Inline[][] }>;
}

/** The summary an importer cannot write: the editors' words, not the author's. */
export const SUMMARY_TO_WRITE = 'EDITOR: one or two sentences for listings and feeds, in the editors’ words.';

/** Markdown and MDX syntax characters, escaped wherever the author's text has them. */
const SYNTAX = /[\\`*_{}[\]<>~]|&(?=#?[a-z0-9]+;)/gi;
/** What makes a line something other than a paragraph: a heading, quote, list item, or MDX import/export. */
const LINE_START = /^(?:(#|>|[-+](?= ))|(\d+)([.)])(?= )|(i)(?=mport\s)|(e)(?=xport\s))/;

function escapeText(text: string): string {
  return text.replace(SYNTAX, '\\$&');
}

function escapeLineStart(line: string): string {
  return line.replace(LINE_START, (_, mark, digits, dot, i, e) =>
    mark ? `\\${mark}` : digits ? `${digits}\\${dot}` : `&#x${(i ?? e).charCodeAt(0).toString(16)};`,
  );
}

function inlines(parts: Inline[]): string {
  const line = parts
    .map((part) => ('text' in part ? escapeText(part.text) : 'cite' in part ? `[${escapeText(part.words)}](cite:${part.cite})` : `[^${part.note}]`))
    .join('');
  return escapeLineStart(line);
}

function frontmatter({ data, dateComment }: Draft): string {
  const doc = new Document(data);
  const quoted = (node: unknown) => {
    if (node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
  };
  ['title', 'date', 'summary'].forEach((key) => quoted(doc.get(key, true)));
  for (const citation of (doc.get('citations') as { items: YAMLMap[] }).items) quoted(citation.get('date', true));
  if (dateComment) {
    const date = (doc.contents as YAMLMap<Scalar>).items.find((pair) => pair.key.value === 'date')!;
    date.key.commentBefore = ` ${dateComment}`;
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * The article's MDX: frontmatter, paragraphs and `##` headings, then the notes as GFM footnotes,
 * set apart by a second blank line.
 */
export function renderMdx(draft: Draft): string {
  const body = draft.sections.map(({ kind, inlines: parts }) => (kind === 'heading' ? `## ${inlines(parts)}` : inlines(parts)));
  const notes = draft.notes.map(({ label, paragraphs: [first = [], ...rest] }) =>
    [`[^${label}]: ${inlines(first)}`, ...rest.map((p) => `    ${inlines(p)}`)].join('\n\n'),
  );
  return `---\n${frontmatter(draft)}---\n\n${body.join('\n\n')}\n${notes.length > 0 ? `\n\n${notes.join('\n\n')}\n` : ''}`;
}
