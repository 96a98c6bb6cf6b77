import type { Citation } from '../schemas/article';

/**
 * Frontmatter citations for the sources cited in order, with ids in the registry's style: the
 * outlet and the date ("rudaw-2021-11-07"), the outlet alone when undated ("jamestown"). The same
 * outlet, date and page cited again is the same source; different pages of one day get "-2", "-3".
 * Returns the citations and, for each source cited, its id.
 */
export function assignIds(cited: Array<Omit<Citation, 'id'>>): { citations: Citation[]; ids: string[] } {
  const byKey = new Map<string, string>();
  const citations: Citation[] = [];
  const ids = cited.map((source) => {
    const key = [source.outlet, source.date, source.url].join(' ');
    const known = byKey.get(key);
    if (known) return known;
    const base = source.date ? `${source.outlet}-${source.date}` : source.outlet;
    let id = base;
    for (let n = 2; citations.some((c) => c.id === id); n++) id = `${base}-${n}`;
    byKey.set(key, id);
    citations.push({ id, ...source });
    return id;
  });
  return { citations, ids };
}
