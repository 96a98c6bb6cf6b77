import type { APIRoute } from 'astro';
import { actorsById } from '../../data/registry';
import { arabicScriptNames } from '../../lib/aliases';
import type { RegistryEntry } from '../../lib/search-suggest';

/**
 * Every actor's spellings, for the search's "Did you mean …?" and for highlighting an actor's
 * mentions on the page a search leads to: fetched only when a search finds nothing, or when a
 * reader lands from one.
 */
export const GET: APIRoute = async () => {
  const entries: RegistryEntry[] = [...(await actorsById()).entries()].map(([id, { data }]) => ({
    id,
    name: data.name,
    spellings: [data.name, ...data.aliases, ...arabicScriptNames(data)],
  }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
