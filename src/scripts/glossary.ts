import type { ActorGlossary } from '../lib/markup';
import { ACTOR_GLOSSARY_PATH } from '../lib/urls';

let glossary: Promise<ActorGlossary> | undefined;

/** Every actor's name, kind and role, fetched once, when the first actor card is wanted; empty if it cannot be had. */
export function loadGlossary(): Promise<ActorGlossary> {
  glossary ??= fetch(ACTOR_GLOSSARY_PATH)
    .then((response) => (response.ok ? (response.json() as Promise<ActorGlossary>) : {}))
    .catch(() => ({}));
  return glossary;
}
