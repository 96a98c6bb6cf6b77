/** What an actor's in-place card shows, by actor id: written by ActorGlossary.astro into the page. */
export type ActorGlossaryData = Record<string, { name: string; kind: string; role: string }>;

export const GLOSSARY_ID = 'actor-glossary';

export function readGlossary(): ActorGlossaryData {
  const script = document.getElementById(GLOSSARY_ID);
  try {
    return script?.textContent ? (JSON.parse(script.textContent) as ActorGlossaryData) : {};
  } catch {
    return {};
  }
}
