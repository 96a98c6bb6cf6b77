import { getCollection, type CollectionEntry } from 'astro:content';

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
