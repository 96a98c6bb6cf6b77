import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * Generated articles for the build-time benchmark: variants of a real article with the same
 * structure (frontmatter citations, `[wording](cite:<id>)` in the text, GFM footnotes) and
 * different text, so that neither Astro nor Pagefind sees the same page twice.
 */

interface Actor {
  id: string;
  kind: string;
  name: string;
  spellings: string[];
}

interface Outlet {
  id: string;
  name: string;
  domain: string;
}

interface Citation {
  id: string;
  outlet: string;
  date?: string;
  [field: string]: unknown;
}

export interface Source {
  /** The article's frontmatter, parsed. */
  frontmatter: Record<string, unknown> & { title: string; summary: string; date: string; authors: string[]; publication: Publication; citations: Citation[] };
  /** The body, split at blank lines. */
  blocks: string[];
  actors: Actor[];
  outlets: Outlet[];
}

/** A small seeded generator (mulberry32): the same seed gives the same articles. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const yamlFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();

/** Reads the article and the registries it is generated against. */
export function readSource(contentDir: string, articleFile: string): Source {
  const text = readFileSync(articleFile, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${articleFile}: no frontmatter`);
  const actors = yamlFiles(join(contentDir, 'actors')).map((name) => {
    const data = parse(readFileSync(join(contentDir, 'actors', name), 'utf8'));
    return { id: basename(name, '.yaml'), kind: String(data.kind), name: String(data.name), spellings: [data.name, ...(data.aliases ?? [])].map(String) };
  });
  const outlets = yamlFiles(join(contentDir, 'outlets')).map((name) => {
    const data = parse(readFileSync(join(contentDir, 'outlets', name), 'utf8'));
    return { id: basename(name, '.yaml'), name: String(data.name), domain: String(data.domain ?? data.name) };
  });
  const blocks = match[2]!.trim().split(/\n[ \t]*\n+/);
  return { frontmatter: parse(match[1]!), blocks, actors, outlets };
}

// ---- names -----------------------------------------------------------------------------------

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Swaps actors' names in a text: every spelling of an actor becomes the name of another actor of
 * the same kind (a person for a person, a place for a place). One pass, longest spelling first,
 * so a replacement is never replaced again.
 */
function nameSwapper(actors: Actor[], rand: () => number): { text: (s: string) => string; id: (id: string) => string } {
  const target = new Map<string, Actor>();
  const byKind = Map.groupBy(actors, (a) => a.kind);
  for (const group of byKind.values()) {
    const shuffled = shuffle(group, rand);
    group.forEach((actor, i) => target.set(actor.id, shuffled[i]!));
  }
  const owner = new Map<string, Actor>();
  for (const actor of actors) for (const spelling of actor.spellings) if (!owner.has(spelling)) owner.set(spelling, actor);
  const spellings = [...owner.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${spellings.map((s) => `[${escape(s[0]!)}${escape(upperFirst(s[0]!))}]${escape(s.slice(1))}`).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const lookup = (found: string) => owner.get(found) ?? owner.get(found.charAt(0).toLowerCase() + found.slice(1));
  return {
    text: (s) =>
      s.replace(pattern, (found) => {
        const actor = lookup(found);
        if (!actor) return found;
        const name = target.get(actor.id)!.name;
        return /^\p{Lu}/u.test(found) ? upperFirst(name) : name;
      }),
    id: (id) => target.get(id)?.id ?? id,
  };
}

// ---- dates -----------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "2021", "2021-11", "2021-11-07" or an interval "a/b", moved by whole years (Feb 29 becomes Feb 28). */
export function shiftIso(iso: string, years: number): string {
  return iso
    .split('/')
    .map((part) => {
      const [y, m, d] = part.split('-');
      const year = Number(y) + years;
      if (m === undefined) return String(year);
      if (d === undefined) return `${year}-${m}`;
      const day = Math.min(Number(d), daysIn(year, Number(m)));
      return `${year}-${m}-${String(day).padStart(2, '0')}`;
    })
    .join('/');
}

/** Years written in the text ("2014", "June 9, 2014"), but not decades ("1990s") or other numbers. */
const YEAR = /(?<![\p{L}\p{N}/])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;

// ---- the body --------------------------------------------------------------------------------

/** A link's destination, which is never rewritten as text: `](cite:x)`, `](date:2021)`, `](actor:x)`. */
const LINK = /\[([^\]]*)\]\(([a-z]+):([^)\s]*)\)/g;

const isHeading = (block: string) => /^#{1,6}\s/.test(block);
const isFootnote = (block: string) => /^\[\^[^\]]+\]:/.test(block);
/** Plain paragraphs move; headings, footnotes, lists, quotes, tables, MDX imports and JSX stay where they are. */
const isParagraph = (block: string) => !isHeading(block) && !isFootnote(block) && !/^(\s|[-*+>|<]|\d+[.)]\s|import\s|export\s)/.test(block);

export interface Variant {
  slug: string;
  text: string;
}

// ---- the periodical ---------------------------------------------------------------------------

/** A periodical like Terrorism Monitor: about 24 issues a year of several articles each, one volume a year. */
export const ARTICLES_PER_ISSUE = 5;
export const ISSUES_PER_VOLUME = 24;

export interface Publication {
  name: string;
  volume: number;
  issue: number;
  publisher: string;
}

/**
 * Where the n-th generated article appeared: issues going back from the real article's, a
 * volume a year, issue k of a volume in month ⌈k / 2⌉. `years` is how far its year is from the
 * real article's, by which its text's dates move.
 */
export function placement(real: Publication, realDate: string, n: number): { publication: Publication; date: string; years: number } {
  const back = Math.floor(n / ARTICLES_PER_ISSUE);
  const index = (real.volume - 1) * ISSUES_PER_VOLUME + (real.issue - 1) - back;
  if (index < 0) throw new Error(`article ${n} would be before volume 1, issue 1`);
  const volume = Math.floor(index / ISSUES_PER_VOLUME) + 1;
  const issue = (index % ISSUES_PER_VOLUME) + 1;
  const years = volume - real.volume;
  const month = back === 0 ? Number(realDate.slice(5, 7)) || 1 : Math.ceil(issue / 2);
  return { publication: { ...real, volume, issue }, date: `${Number(realDate.slice(0, 4)) + years}-${String(month).padStart(2, '0')}`, years };
}

const FIRST_NAMES = ['Amira', 'Daniel', 'Farah', 'Hassan', 'Ilse', 'Jacob', 'Karim', 'Leila', 'Marco', 'Nadia', 'Omar', 'Petra'];
const SURNAMES = ['Abadi', 'Brennan', 'Castillo', 'Demir', 'Eriksen', 'Haddad', 'Ivanova', 'Kovacs', 'Mansour', 'Okafor'];

/** The byline: one author, sometimes two, from a staff of 120 writers plus the real article's. */
function authors(real: string[], rand: () => number): string[] {
  const pick = () => {
    // The real author writes a fifth of the articles, so that an author's page runs to several pages.
    if (rand() < 0.2) return real[0]!;
    const i = Math.floor(rand() * FIRST_NAMES.length * SURNAMES.length);
    return `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[Math.floor(i / FIRST_NAMES.length)]}`;
  };
  const first = pick();
  const second = rand() < 0.15 ? pick() : first;
  return second === first ? [first] : [first, second];
}

/** The first `count` paragraphs of a body and the notes they reference: a short article of the same kind. */
function shortened(blocks: string[], count: number): string[] {
  const kept = blocks.filter(isParagraph).slice(0, count);
  const referenced = new Set(kept.flatMap((b) => [...b.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]!)));
  return [...kept, ...blocks.filter((b) => isFootnote(b) && referenced.has(/^\[\^([^\]\s]+)\]:/.exec(b)![1]!))];
}

/**
 * The article, the n-th time over: shuffled, renamed, moved in time and re-cited; with
 * `paragraphs`, only that many of its paragraphs (and their notes), without its headings.
 */
export function variant(source: Source, n: number, { seed = 2021, paragraphs }: { seed?: number; paragraphs?: number } = {}): Variant {
  const rand = random(seed * 100_003 + n);
  const names = nameSwapper(source.actors, rand);
  const fm = source.frontmatter;
  const placed = placement(fm.publication, String(fm.date), n);
  const years = placed.years;
  const articleDate = placed.date;
  const articleYear = Number(articleDate.slice(0, 4));

  // Citations: the (outlet, date) pairs change hands, some outlets change, dates move with the rest.
  const outletById = new Map(source.outlets.map((o) => [o.id, o]));
  const pairs = shuffle(
    fm.citations.map((c) => ({ outlet: c.outlet, date: c.date === undefined ? undefined : String(c.date) })),
    rand,
  );
  const taken = new Set<string>();
  const renamed = new Map<string, Citation>();
  fm.citations.forEach((old, i) => {
    const pair = pairs[i]!;
    const outlet = rand() < 0.3 ? source.outlets[Math.floor(rand() * source.outlets.length)]!.id : pair.outlet;
    const date = pair.date === undefined ? undefined : shiftIso(pair.date, years);
    const base = date ? `${outlet}-${date}` : outlet;
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
    taken.add(id);
    renamed.set(old.id, date ? { id, outlet, date } : { id, outlet });
  });
  const wording = (c: Citation) => {
    const outlet = outletById.get(c.outlet)!;
    if (!c.date) return outlet.name;
    const [y, m, d] = c.date.split('-').map(Number);
    const when = [m ? MONTHS[m - 1] : undefined, d].filter((x) => x !== undefined).join(' ');
    if (!when) return `${outlet.domain}, ${y}`;
    return Number(y) === articleYear ? `${outlet.domain}, ${when}` : `${outlet.domain}, ${when}, ${y}`;
  };

  /** Names and years change in the prose; link destinations are rewritten by their own rules. */
  const rewrite = (text: string) => {
    let out = '';
    let last = 0;
    const prose = (s: string) => names.text(s).replace(YEAR, (y) => String(Number(y) + years));
    for (const m of text.matchAll(LINK)) {
      out += prose(text.slice(last, m.index));
      const [, words, scheme, target] = m as unknown as [string, string, string, string];
      if (scheme === 'cite') {
        const citation = renamed.get(target);
        out += citation ? `[${wording(citation)}](cite:${citation.id})` : m[0];
      } else if (scheme === 'date') {
        out += `[${prose(words)}](date:${shiftIso(target, years)})`;
      } else if (scheme === 'actor') {
        out += `[${prose(words)}](actor:${names.id(target)})`;
      } else {
        out += `[${prose(words)}](${scheme}:${target})`;
      }
      last = m.index + m[0].length;
    }
    return out + prose(text.slice(last));
  };

  const slots = source.blocks.map((b, i) => (isParagraph(b) ? i : -1)).filter((i) => i >= 0);
  const moved = shuffle(slots, rand);
  const blocks = source.blocks.map((block, i) => {
    const from = isParagraph(block) ? moved[slots.indexOf(i)]! : i;
    return rewrite(source.blocks[from]!);
  });
  const body = (paragraphs === undefined ? blocks : shortened(blocks, paragraphs)).join('\n\n');

  // The frontmatter lists citations in the order the text first cites them, and only those.
  const order = [...body.matchAll(/\]\(cite:([^)\s]+)\)/g)].map((m) => m[1]!);
  const citations = [...new Map([...renamed.values()].map((c) => [c.id, c])).values()]
    .filter((c) => order.includes(c.id))
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const title = `${rewrite(fm.title)} (variant ${n})`;
  const slug = `bench-${String(n).padStart(4, '0')}-${title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)
    .replace(/-$/, '')}`;
  const frontmatter = {
    ...fm,
    title,
    authors: authors(fm.authors, rand),
    publication: placed.publication,
    date: articleDate,
    summary: rewrite(fm.summary),
    citations,
  };
  check(slug, frontmatter.citations, body, outletById);
  const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return { slug, text: `---\n${yaml}---\n\n${body}\n` };
}

/** What the site's markdown plugins would reject, caught before a slow build. */
function check(slug: string, citations: Citation[], body: string, outlets: Map<string, Outlet>): void {
  const cited = new Set([...body.matchAll(/\]\(cite:([^)\s]+)\)/g)].map((m) => m[1]!));
  const declared = new Set(citations.map((c) => c.id));
  const problem =
    (declared.size !== citations.length && 'two citations share an id') ||
    [...cited].find((id) => !declared.has(id)) ||
    citations.find((c) => !cited.has(c.id))?.id ||
    citations.find((c) => !outlets.has(c.outlet))?.outlet;
  if (problem) throw new Error(`generated article ${slug}: citations do not line up (${problem})`);
  const refs = new Set([...body.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]!));
  const defs = new Set([...body.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]!));
  if (refs.size !== defs.size || [...refs].some((r) => !defs.has(r))) throw new Error(`generated article ${slug}: footnotes do not line up`);
}

/**
 * An article with nothing but words: no notes, no citations, no dates, no headings. It must render
 * without an empty heading or a link to a section it does not have.
 */
export function bareArticle(source: Source): Variant {
  const fm = source.frontmatter;
  const frontmatter = {
    title: 'A Note Without Sources (generated)',
    authors: fm.authors,
    publication: fm.publication,
    date: fm.date,
    summary: 'A short generated note with no notes, no citations and no dates.',
  };
  const body = 'This note says what it has to say in one paragraph. It cites no one and names no day, so it has nothing to link to.';
  return { slug: 'bench-bare-note', text: `---\n${stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${body}\n` };
}

/**
 * A content folder of `count` articles: the real one, a bare one (from two articles on), then
 * variants of the real one; every other folder of the real content (actors/, outlets/, ...) is
 * copied unchanged.
 */
export interface ContentOptions {
  /** Generated articles of this many paragraphs each, rather than the real article's length. */
  paragraphs?: number;
}

export function writeContent(realContent: string, articleFile: string, target: string, count: number, { paragraphs }: ContentOptions = {}): void {
  const source = readSource(realContent, articleFile);
  for (const entry of readdirSync(realContent, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'articles') cpSync(join(realContent, entry.name), join(target, entry.name), { recursive: true });
  }
  const articles = join(target, 'articles');
  mkdirSync(articles, { recursive: true });
  cpSync(articleFile, join(articles, basename(articleFile)));
  const slugs = new Set([basename(articleFile).replace(/\.mdx?$/, '')]);
  for (let n = 1; n < count; n++) {
    const { slug, text } = n === 1 ? bareArticle(source) : variant(source, n, { paragraphs });
    if (slugs.has(slug)) throw new Error(`generated slug ${slug} twice`);
    slugs.add(slug);
    writeFileSync(join(articles, `${slug}.mdx`), text);
  }
}
