import type { ActorData } from '../schemas/actor';
import { ContentError } from './content-error';
import { searchSpellings } from './search-terms';
import { capitalised } from './sentence';

export interface ActorEntry {
  id: string;
  /** The YAML file, for error messages. */
  file: string;
  data: ActorData;
}

export interface Mention {
  start: number;
  end: number;
  actor: string;
}

export interface AliasMatcher {
  /** Every mention in a text, longest alias first, left to right, never overlapping. */
  find(text: string): Mention[];
  /** Every spelling of an actor as search finds it: its name, aliases and Arabic-script names, these also folded. */
  spellings(actor: string): string[];
}

/** An actor's names in Arabic script, Arabic then Persian. */
export function arabicScriptNames(data: ActorData): string[] {
  return [...(data.arabicScript?.ar ?? []), ...(data.arabicScript?.fa ?? [])];
}


const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** Whether a code point is part of a word: a spelling is found only between two that are not. */
function isWordCharacter(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  // Most of a text is ASCII: compared directly, without building a string for the expression.
  if (codePoint < 128) return (codePoint >= 48 && codePoint <= 57) || ((codePoint | 32) >= 97 && (codePoint | 32) <= 122);
  return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

/** An actor's own spellings: its name, aliases and Arabic-script names, each once. */
const ownSpellings = (data: ActorData) => [...new Set([data.name, ...data.aliases, ...arabicScriptNames(data)])];

/** Every spelling of an actor as search finds it: its own, the Arabic-script ones also folded. */
export const actorSearchSpellings = (data: ActorData): string[] => searchSpellings(ownSpellings(data));

/**
 * Builds the matcher over all actors' names and aliases. Two actors that claim the same spelling
 * make mentions ambiguous, so that stops the build with both files named.
 */
export function buildAliasMatcher(actors: ActorEntry[]): AliasMatcher {
  const owner = new Map<string, string>();
  const spellings = new Map<string, string[]>();
  const files = new Map(actors.map((a) => [a.id, a.file]));
  for (const { id, file, data } of actors) {
    const own = ownSpellings(data);
    spellings.set(id, actorSearchSpellings(data));
    for (const spelling of own) {
      for (const form of new Set([spelling, capitalised(spelling)])) {
        const other = owner.get(form);
        if (other !== undefined && other !== id) {
          throw new ContentError(
            file,
            'aliases',
            `"${spelling}" is also a name or alias of "${other}" (${files.get(other)}): a spelling belongs to one actor; remove it from one of them`,
          );
        }
        owner.set(form, id);
      }
    }
  }
  // Longest first, so that "Muhammad Sadiq al-Sadr" is one mention and not "al-Sadr" in another's name.
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const byFirst = new Map<number, string[]>();
  for (const form of forms) {
    const first = form.codePointAt(0)!;
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push(form);
  }
  // Where a spelling may begin: a first letter of one, at the start of a word. The expression finds
  // those natively; the spellings that begin there are compared in order, longest first.
  const starts = [...byFirst.keys()].map((c) => RegExp.escape(String.fromCodePoint(c))).join('');
  const start = new RegExp(`(?<![\\p{L}\\p{N}])[${starts}]`, 'gu');
  return {
    find(text) {
      const found: Mention[] = [];
      start.lastIndex = 0;
      for (let m = start.exec(text); m; m = start.exec(text)) {
        const at = m.index;
        const form = byFirst.get(text.codePointAt(at)!)!.find((f) => text.startsWith(f, at) && !isWordCharacter(text.codePointAt(at + f.length)));
        if (!form) continue;
        found.push({ start: at, end: at + form.length, actor: owner.get(form)! });
        start.lastIndex = at + form.length;
      }
      return found;
    },
    spellings(actor) {
      return spellings.get(actor) ?? [];
    },
  };
}
