import { getCollection, type CollectionEntry } from 'astro:content';
import { KIND_NAMES } from '../lib/actor-kinds';
import type { ActorGlossary } from '../lib/markup';
import { buildAliasMatcher } from '../lib/aliases';

export type Actor = CollectionEntry<'actors'>;
export type Outlet = CollectionEntry<'outlets'>;

let actors: Promise<Map<string, Actor>> | undefined;
let outlets: Promise<Map<string, Outlet>> | undefined;

/** Every actor by id, read once per build. */
export function actorsById(): Promise<Map<string, Actor>> {
  actors ??= getCollection('actors').then((list) => new Map(list.map((a) => [a.id, a])));
  return actors;
}

/** Every outlet by id, read once per build. */
export function outletsById(): Promise<Map<string, Outlet>> {
  outlets ??= getCollection('outlets').then((list) => new Map(list.map((o) => [o.id, o])));
  return outlets;
}

let spellings: Promise<(actor: string) => string[]> | undefined;

/** Every spelling of an actor as search finds it, as the articles' mentions carry them; read once per build. */
export function actorSpellings(): Promise<(actor: string) => string[]> {
  spellings ??= actorsById().then((byId) => {
    const matcher = buildAliasMatcher([...byId.values()].map((a) => ({ id: a.id, file: a.filePath ?? a.id, data: a.data })));
    return (actor) => matcher.spellings(actor);
  });
  return spellings;
}

/** Every actor's name, kind and role: what an actor's in-place card shows. */
export async function actorGlossary(): Promise<ActorGlossary> {
  return Object.fromEntries(
    [...(await actorsById())].map(([id, { data }]) => [id, { name: data.name, kind: KIND_NAMES[data.kind], role: data.role }]),
  );
}
