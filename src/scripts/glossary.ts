import { GLOSSARY_ID, type ActorGlossary } from '../lib/markup';

/** The page's actor glossary, written by ActorGlossary.astro: what an actor's in-place card shows. */
export function readGlossary(): ActorGlossary {
  const script = document.getElementById(GLOSSARY_ID);
  try {
    return script?.textContent ? (JSON.parse(script.textContent) as ActorGlossary) : {};
  } catch {
    return {};
  }
}
