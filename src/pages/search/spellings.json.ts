import type { APIRoute } from 'astro';
import { actorsById } from '../../data/registry';
import { arabicScriptNames } from '../../lib/aliases';
import type { RegistryEntry } from '../../lib/search-suggest';

/** Every actor's spellings, for the search's "Did you mean …?": fetched only when a search finds nothing. */
export const GET: APIRoute = async () => {
  const entries: RegistryEntry[] = [...(await actorsById()).values()].map(({ data }) => ({
    name: data.name,
    spellings: [data.name, ...data.aliases, ...arabicScriptNames(data)],
  }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
