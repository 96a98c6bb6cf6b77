import type { ActorData } from '../schemas/actor';
import { ContentError } from './content-error';
import { searchSpellings } from './search-terms';

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

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Builds the matcher over all actors' names and aliases. Two actors that claim the same spelling
 * make mentions ambiguous, so that stops the build with both files named.
 */
export function buildAliasMatcher(actors: ActorEntry[]): AliasMatcher {
  const owner = new Map<string, string>();
  const spellings = new Map<string, string[]>();
  const files = new Map(actors.map((a) => [a.id, a.file]));
  for (const { id, file, data } of actors) {
    const own = [...new Set([data.name, ...data.aliases, ...arabicScriptNames(data)])];
    spellings.set(id, searchSpellings(own));
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
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern =
    forms.length === 0
      ? undefined
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((form) => RegExp.escape(form)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    find(text) {
      if (!pattern) return [];
      return [...text.matchAll(pattern)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        actor: owner.get(m[0])!,
      }));
    },
    spellings(actor) {
      return spellings.get(actor) ?? [];
    },
  };
}
