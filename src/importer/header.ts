import type { Entry } from '../lib/registry';
import type { PublicationData } from '../schemas/publication';
import type { Block } from './blocks';
import type { Finding } from './findings';
import { readDate, type WrittenDate } from './written-dates';

export interface Header {
  title: string;
  authors: string[];
  publication: { name: string; volume?: number; issue?: number; publisher: string };
  /** The publication's registry entry, for the year of its volume. */
  registered: PublicationData;
  /** The date the text gives, if any. */
  date?: WrittenDate;
  /** Index of the first block of the article's body. */
  bodyStart: number;
}

const PUBLICATION = /^(?:(.*?);?\s+)?Publication:\s*(.+?)(?:\s+Volume:\s*(\d+))?(?:\s+Issue:\s*(\d+))?\s*$/;
const BYLINE = /^By:?\s+(.+)$/;
const DATE_LINE = /^(?:Date:\s*)?(.+)$/;

/** A whole block that is a date with its year ("November 19, 2021", "Date: 2021-11-19"). */
function dateLine(text: string): WrittenDate | undefined {
  const written = DATE_LINE.exec(text)![1]!;
  const read = readDate(written);
  return read && read.length === written.length && read.date.year !== undefined ? read.date : undefined;
}

/**
 * The header the editor's text starts with: "Title; Publication: Name Volume: n Issue: n" (or the
 * title alone and the publication on the next line, as a saved page has them), "By: Author", and
 * optionally the date on a line of its own.
 */
export function readHeader(blocks: Block[], publications: Entry<PublicationData>[], publicationsFolder: string): Header | Finding[] {
  const first = blocks[0];
  const inline = first ? PUBLICATION.exec(first.text) : null;
  const next = blocks[1] ? PUBLICATION.exec(blocks[1].text) : null;
  const ownLine = first && !inline && !BYLINE.test(first.text) && next && !next[1];
  const titleLine = inline?.[1] ? inline : ownLine ? next : null;
  if (!first || !titleLine) {
    return [
      {
        line: first?.line ?? 1,
        message: 'no title line: the text must start with "<title>; Publication: <name> Volume: <n> Issue: <n>"',
      },
    ];
  }
  const title = titleLine === inline ? inline[1]!.trim() : first.text;
  const [, , name, volume, issue] = titleLine;
  const registered = publications.find((p) => p.data.name.toLowerCase() === name!.toLowerCase());
  const findings: Finding[] = [];
  if (!registered) {
    findings.push({
      line: titleLine === inline ? first.line : blocks[1]!.line,
      message: `publication "${name}" is not in ${publicationsFolder}: add it there with its publisher`,
    });
  }

  let bodyStart = titleLine === inline ? 1 : 2;
  let authors: string[] | undefined;
  let date: WrittenDate | undefined;
  for (; bodyStart < blocks.length; bodyStart++) {
    const text = blocks[bodyStart]!.text;
    const byline = BYLINE.exec(text);
    const written = dateLine(text);
    if (byline && !authors) authors = byline[1]!.split(/,\s*(?:and\s+)?|\s+and\s+/).map((a) => a.trim()).filter(Boolean);
    else if (written && !date) date = written;
    else break;
  }
  if (!authors) {
    findings.push({ line: blocks[bodyStart]?.line ?? first.line, message: 'no byline: a line "By: <author>" must follow the title' });
  }
  if (findings.length > 0 || !registered || !authors) return findings;
  return {
    title,
    authors,
    publication: {
      name: registered.data.name,
      ...(volume ? { volume: Number(volume) } : {}),
      ...(issue ? { issue: Number(issue) } : {}),
      publisher: registered.data.publisher,
    },
    registered: registered.data,
    ...(date ? { date } : {}),
    bodyStart,
  };
}
