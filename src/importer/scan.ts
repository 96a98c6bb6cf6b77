import type { AliasMatcher } from '../lib/aliases';
import { MONTHS } from '../lib/dates';

/** A span of a text the report points at. */
export interface Spot {
  start: number;
  end: number;
  text: string;
}

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|a|an)';
const UNIT = '(?:days?|weeks?|months?|years?|decades?)';
// Dates only the article's own date can place: "three years ago", "the following day", "earlier this year".
const RELATIVE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    [
      `${NUMBER} ${UNIT} (?:ago|earlier|later|after|before|afterwards?|previously)`,
      `(?:the )?(?:following|next|previous|preceding|same) (?:day|night|morning|evening|week|month|year)`,
      `the (?:day|night|week|month|year) (?:before|after)`,
      `(?:earlier|later) (?:this|that|last|next) (?:day|week|month|year)`,
      `(?:last|this|next|past) (?:week|month|year|spring|summer|autumn|fall|winter|decade)`,
      `(?:yesterday|today|tomorrow|tonight)`,
      `(?:on |last |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`,
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

const TITLES = '(?:Prime Minister|President|Vice President|Speaker|Minister|King|Emir|Crown Prince|Sultan|Supreme Leader|Ayatollah|Commander|Governor|Ambassador|Secretary)';
const KIN = '(?:father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|cousin|nephew|niece|grandfather|predecessor|successor|deputy|rival|ally)';
// Phrases that name someone without their name: "his late father", "the Iraqi Prime Minister".
const AMBIGUOUS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:his|her|their)(?: late| former| elder| younger)? ${KIN}|the (?:\\p{Lu}[\\p{L}-]* )*${TITLES})(?! \\p{Lu})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Relative dates: each needs a `[words](date:…)` from someone who knows what it refers to. */
export const relativeDates = (text: string): Spot[] => spots(text, RELATIVE);

/** Phrases that point at an actor without naming them: each may need an `[words](actor:…)`. */
export const ambiguousPhrases = (text: string): Spot[] => spots(text, AMBIGUOUS);

function spots(text: string, pattern: RegExp): Spot[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Every mention of an actor the registry knows, by actor id. */
export function knownActors(text: string, matcher: AliasMatcher): Array<Spot & { actor: string }> {
  return matcher.find(text).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

// A name is capitalised words, with the particles names carry inside ("al-", "bin", "of the").
const WORD = "(?:(?:al|el|as|ash|ad|an|ar|bin|ibn|bint|abu|abd)-)?\\p{Lu}[\\p{L}\\p{M}’'.-]*\\p{L}|(?:\\p{Lu}\\.){2,}|\\p{Lu}";
const NAME = new RegExp(`(?<![\\p{L}\\p{N}’'-])(?:${WORD})(?:(?: | of | of the | bin | ibn | al-| el-)(?:${WORD}))*`, 'gu');
// Capitalised only because they start a sentence or are no names at all.
const NOT_NAMES = new Set([
  ...MONTHS, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Our',
  'In', 'On', 'At', 'For', 'From', 'By', 'With', 'Of', 'To', 'As', 'After', 'Before', 'During', 'Since', 'Until', 'Despite',
  'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'If', 'When', 'While', 'Although', 'Though', 'Because', 'However', 'Therefore',
  'Hence', 'Thus', 'Then', 'There', 'Here', 'Such', 'Other', 'Others', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'One',
  'Two', 'Three', 'First', 'Second', 'Third', 'Indeed', 'Moreover', 'Nevertheless', 'Meanwhile', 'Interestingly', 'Rather',
  'Instead', 'Recent', 'No', 'Not', 'Yes', 'What', 'Who', 'Which', 'Why', 'How', 'Where',
]);

const SENTENCE_START = /(?:^|[.!?]["”’)]*\s+)["“‘(]*$/;

/**
 * Capitalised names that no actor's spelling covers, candidates for new actors. `masked` are
 * spans already accounted for (actors found, citations). Function words are dropped from the
 * front of a name, and a run of them is no name; `initial` says the name starts a sentence, where
 * any word is capitalised.
 */
export function unknownNames(text: string, masked: Array<{ start: number; end: number }>): Array<Spot & { initial: boolean }> {
  const blanked = blank(text, masked);
  const found: Array<Spot & { initial: boolean }> = [];
  for (const m of blanked.matchAll(NAME)) {
    const words = m[0].split(' ');
    let skip = 0;
    while (skip < words.length && NOT_NAMES.has(words[skip]!)) skip++;
    const name = words.slice(skip).join(' ').replace(/[’']s$|[’'.]+$/, '');
    if (name === '' || NOT_NAMES.has(name)) continue;
    const start = m.index + words.slice(0, skip).join(' ').length + (skip > 0 ? 1 : 0);
    found.push({ start, end: start + name.length, text: name, initial: SENTENCE_START.test(text.slice(0, start)) });
  }
  return found;
}

/** A text to scan, with the spans already accounted for (citations, note markers). */
export interface ScannedText {
  text: string;
  line: (offset: number) => number;
  masked: Array<{ start: number; end: number }>;
  /** Titles and headings capitalise every word, so they name no unknown names. */
  titleCase: boolean;
}

export interface Tally {
  count: number;
  /** Line of the first occurrence. */
  line: number;
}

export interface Scan {
  actors: Map<string, Tally>;
  unknownNames: Map<string, Tally>;
  /** Relative dates and ambiguous phrases, in the order of the text. */
  unclear: Array<{ line: number; text: string; kind: 'date' | 'actor' }>;
}

const blank = (text: string, spans: Array<{ start: number; end: number }>) =>
  spans.reduce((t, { start, end }) => t.slice(0, start) + ' '.repeat(end - start) + t.slice(end), text);

/** Everything the report says of the text's words: actors known, names unknown, relative dates, ambiguous phrases. */
export function scanTexts(texts: ScannedText[], matcher: AliasMatcher): Scan {
  const scan: Scan = { actors: new Map(), unknownNames: new Map(), unclear: [] };
  const tally = (map: Map<string, Tally>, key: string, line: number) => {
    const seen = map.get(key);
    if (seen) seen.count++;
    else map.set(key, { count: 1, line });
  };
  // A lone word seen only at the start of sentences is more likely a first word than a name.
  const inSentence = new Set<string>();
  const initial: Array<{ name: string; line: number }> = [];
  for (const { text, line, masked, titleCase } of texts) {
    const blanked = blank(text, masked);
    const mentions = knownActors(blanked, matcher);
    for (const m of mentions) tally(scan.actors, m.actor, line(m.start));
    if (!titleCase) {
      for (const n of unknownNames(blanked, mentions)) {
        if (n.initial && !n.text.includes(' ')) initial.push({ name: n.text, line: line(n.start) });
        else {
          inSentence.add(n.text);
          tally(scan.unknownNames, n.text, line(n.start));
        }
      }
    }
    const unclear = [
      ...relativeDates(blanked).map((s) => ({ ...s, kind: 'date' as const })),
      ...ambiguousPhrases(blanked).map((s) => ({ ...s, kind: 'actor' as const })),
    ].sort((a, b) => a.start - b.start);
    scan.unclear.push(...unclear.map(({ start, text, kind }) => ({ line: line(start), text, kind })));
  }
  for (const { name, line } of initial) if (inSentence.has(name)) tally(scan.unknownNames, name, line);
  return scan;
}
