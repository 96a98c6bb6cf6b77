/**
 * A reader's query as the search runs it: cut to a length every search answers at once, read as a
 * date where it is one, and turned into the words to look up. Shared by the search page and the
 * header's search box. Pure.
 */
import { describeDate, indexForm, readDateQuery, type AskedDate } from './search-dates';
import { compact, foldArabic } from './search-terms';

/**
 * The most a query may hold. Names and dates are a few words long; a search on a thousand words
 * would keep the page busy for seconds and find nothing a few of them would not.
 */
export const MAX_QUERY_CHARACTERS = 100;
export const MAX_QUERY_WORDS = 10;

/** What the page says about the caps, wherever a query can be typed or linked to. */
export const QUERY_CAP_NOTE = `Searches read the first ${MAX_QUERY_WORDS} words and ${MAX_QUERY_CHARACTERS} characters.`;

export interface SearchQuery {
  /** The query as the reader wrote it, within the caps: what "No results for …" quotes. */
  text: string;
  /** Whether the caps cut the query short. */
  cut: boolean;
  /** What to look up, each once: the words as Pagefind reads them, or a date's forms in the index. */
  lookups: Lookup[];
  /** The dates the query can mean, in the order they are said; empty when it is not a date. */
  dates: AskedDate[];
  /** The words to highlight on the page a result leads to. */
  highlight: string[];
}

/** One search of the index: its words, the last of which may be a prefix of a longer one. */
export interface Lookup {
  words: string[];
  /** Whether the last word is still being typed, so that a word it starts counts as a match. */
  lastIsPrefix: boolean;
}

/** The query within the caps: at most MAX_QUERY_WORDS words, at most MAX_QUERY_CHARACTERS characters. */
function capped(raw: string): { text: string; cut: boolean } {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  let text = words.slice(0, MAX_QUERY_WORDS).join(' ');
  if (text.length > MAX_QUERY_CHARACTERS) text = text.slice(0, MAX_QUERY_CHARACTERS).replace(/\s+\S*$/, '') || text.slice(0, MAX_QUERY_CHARACTERS);
  return { text, cut: text !== words.join(' ') };
}

/** The words of a text as the index holds them, each once, in order. */
const indexWords = (text: string) => [...new Set(foldArabic(text).split(/\s+/).filter((w) => compact(w) !== ''))];

/**
 * Reads a query. Its last word may be the start of a longer one ("Kadh" finds "Kadhimi"), unless
 * a space follows it: then the reader has finished it.
 */
export function readQuery(raw: string): SearchQuery {
  const typing = !/\s$/.test(raw);
  const { text, cut } = capped(raw);
  const dates = readDateQuery(text);
  if (dates.length > 0) {
    const forms = [...new Set(dates.map(indexForm))];
    return {
      text,
      cut,
      dates,
      lookups: forms.map((form) => ({ words: indexWords(form), lastIsPrefix: /^\d{4}(-\d{2})?$/.test(form) })),
      highlight: forms,
    };
  }
  const words = indexWords(text);
  return {
    text,
    cut,
    dates: [],
    lookups: words.length > 0 ? [{ words, lastIsPrefix: typing }] : [],
    highlight: words,
  };
}

/** "7/11/2021: 7 November or 11 July 2021", for a date the query can be read as more than one way. */
export function readingsNote(query: SearchQuery): string | undefined {
  if (query.dates.length < 2) return undefined;
  const described = query.dates.map(describeDate);
  // "7 November 2021 or 11 July 2021" says the shared year once: "7 November or 11 July 2021".
  const years = new Set(query.dates.map((d) => d.year));
  const year = years.size === 1 ? ` ${[...years][0]}` : '';
  const parts = year ? described.map((d) => d.replace(new RegExp(`${year}$`), '')) : described;
  return `${query.text}: ${parts.join(' or ')}${year}`;
}
