import { getCollection, type CollectionEntry } from 'astro:content';
import { KIND_NAMES } from '../lib/actor-kinds';
import type { ActorGlossary } from '../lib/markup';

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

/** Every actor's name, kind and role: what an actor's in-place card shows. */
export async function actorGlossary(): Promise<ActorGlossary> {
  return Object.fromEntries(
    [...(await actorsById())].map(([id, { data }]) => [id, { name: data.name, kind: KIND_NAMES[data.kind], role: data.role }]),
  );
}
