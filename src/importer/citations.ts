import { readDate, type WrittenDate } from './written-dates';

/** One source in a citation bracket, e.g. "rudaw.net, November 7" in "(rudaw.net, November 7)". */
export interface CitedSource {
  /** Where the citation's own words start and end in the text: the link goes around these. */
  start: number;
  end: number;
  /** The domain as written (lowercase, without "www."), or the outlet id a named source matched. */
  source: { domain: string } | { outlet: string };
  date?: WrittenDate;
}

/** Something in a bracket for the report, at an offset of the text. */
export interface BracketNote {
  offset: number;
  message: string;
}

export interface BracketsFound {
  sources: CitedSource[];
  /** Brackets left as text, and text in a citation bracket that is not the citation's. */
  notes: BracketNote[];
  /** Citations that cannot be read: the file fails. */
  errors: BracketNote[];
}

const BRACKET = /\(([^()]*)\)/g;
const DOMAIN = /^(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})$/i;
const RESIDUE = /^[\s.,;:]*$/;

/**
 * Finds the citation brackets of a text: "(rudaw.net, November 7)", "(hathalyoum.net, May 14,
 * 2018)", "(arabi21.com, May 27; The Jamestown Foundation)". A bracket is a citation when it
 * starts with a domain or an outlet's name (`outletByName`); every other bracket stays text.
 * `outletsFolder` is the registry's folder as messages name it.
 */
export function findCitations(text: string, outletByName: (name: string) => string | undefined, outletsFolder: string): BracketsFound {
  const found: BracketsFound = { sources: [], notes: [], errors: [] };
  for (const bracket of text.matchAll(BRACKET)) {
    const inner = bracket[1]!;
    const innerStart = bracket.index + 1;
    const pieces: Array<{ text: string; start: number }> = [];
    let at = 0;
    for (const piece of inner.split(';')) {
      pieces.push({ text: piece, start: innerStart + at });
      at += piece.length + 1;
    }
    const sourceOf = (piece: string) => {
      const words = piece.split(',')[0]!.trim();
      const domain = DOMAIN.exec(words);
      if (domain) return { words, source: { domain: domain[1]!.toLowerCase() } };
      const outlet = outletByName(words);
      return outlet ? { words, source: { outlet } } : { words };
    };
    if (!sourceOf(pieces[0]!.text).source) {
      const rest = inner.slice(inner.indexOf(',') + 1).trim();
      const looksCited = inner.includes(',') && readDate(rest)?.length === rest.length;
      found.notes.push({
        offset: bracket.index,
        message: looksCited
          ? `"${bracket[0]}" reads like a citation, but "${sourceOf(inner).words}" is neither a domain nor an outlet in ${outletsFolder}: left as text (add the outlet to link it)`
          : `"${bracket[0]}" is not a citation: left as text`,
      });
      continue;
    }
    for (const piece of pieces) {
      const lead = piece.text.length - piece.text.trimStart().length;
      const start = piece.start + lead;
      const { words, source } = sourceOf(piece.text);
      if (!source) {
        found.errors.push({
          offset: start,
          message: `"${words}" in the citation "${bracket[0]}" is neither a domain nor the name of an outlet in ${outletsFolder}`,
        });
        continue;
      }
      const comma = piece.text.indexOf(',');
      const tail = comma === -1 ? piece.text.slice(lead + words.length) : piece.text.slice(comma + 1);
      let end = start + words.length;
      let date: WrittenDate | undefined;
      let residue = tail;
      if (comma !== -1) {
        const written = tail.trimStart();
        const read = readDate(written);
        if (!read || !RESIDUE.test(written.slice(read.length))) {
          found.errors.push({ offset: start, message: `cannot read the date "${written.trim()}" in the citation "${bracket[0]}"` });
          continue;
        }
        date = read.date;
        end = piece.start + comma + 1 + (tail.length - written.length) + read.length;
        residue = written.slice(read.length);
      }
      if (residue.trim() !== '') {
        found.notes.push({ offset: end, message: `"${residue.trim()}" after "${text.slice(start, end)}" in "${bracket[0]}" is kept as written, outside the link` });
      }
      found.sources.push({ start, end, source, ...(date ? { date } : {}) });
    }
  }
  return found;
}
