/**
 * The registry's spellings (SPELLINGS_FILE), fetched once per page and only when asked for: by the
 * search's "Did you mean …?" and by the landing highlighter. A failed fetch reads as no spellings.
 */
import type { RegistryEntry } from '../lib/search-suggest';
import { SPELLINGS_FILE } from '../lib/urls';

let registry: Promise<RegistryEntry[]> | undefined;

export function spellings(): Promise<RegistryEntry[]> {
  registry ??= fetch(SPELLINGS_FILE)
    .then((r) => (r.ok ? (r.json() as Promise<RegistryEntry[]>) : []))
    .catch(() => []);
  return registry;
}
