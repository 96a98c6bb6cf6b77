/**
 * How the timeline is split into pages: an overview of years, one page per year, and where a
 * year holds more entries than a page should, a page per month (each numbered further if a
 * month is denser still). Every page stays bounded whatever the size of the archive, and every
 * date has one place it lands on. Pure.
 */
import type { TimelineEvent } from './aggregate';
import { MONTHS, parseInterval, sortKey } from './dates';
import { dateAnchor, href, timelineMonthPath, timelineYearPath, type SitePath } from './urls';

export interface TimelinePage {
  path: SitePath;
  year: number;
  /** Set on the pages of a month of a dense year. */
  month?: number;
  /** Its number (from 1) among the pages of its year's own entries or of its month. */
  page: number;
  pages: number;
  /** Its entries, in order. */
  events: TimelineEvent[];
  /** The pages before and after it in the whole timeline, oldest to newest. */
  prev?: SitePath;
  next?: SitePath;
}

export interface TimelineMonth {
  month: number;
  count: number;
  path: SitePath;
}

export interface TimelineYear {
  year: number;
  count: number;
  path: SitePath;
  /** For a year split by month: its months with entries. */
  months?: TimelineMonth[];
}

export interface TimelinePlan {
  years: TimelineYear[];
  pages: TimelinePage[];
  /** The link to a date's (or period's) entries: the page where they begin, at their heading. */
  landing(iso: string): string;
}

const start = (iso: string) => parseInterval(iso)!.start;

/** Splits `events` (in order) into pages of at most `size`. */
function chunks<T>(events: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < events.length; i += size) out.push(events.slice(i, i + size));
  return out.length ? out : [[]];
}

/**
 * Plans the timeline's pages for `events` in chronological order (as `timeline()` returns them).
 * An entry belongs to the year its date or period starts in; in a dense year, entries dated to the
 * year itself stay on the year's page and the others go to the month they start in.
 */
export function planTimeline(events: TimelineEvent[], size: number): TimelinePlan {
  const pages: TimelinePage[] = [];
  const years: TimelineYear[] = [];
  for (const [year, inYear] of Map.groupBy(events, (e) => start(e.iso).year)) {
    const dense = inYear.length > size;
    const own = dense ? inYear.filter((e) => start(e.iso).precision === 'year') : inYear;
    const ownPages = own.length > 0 || !dense ? chunks(own, size) : [];
    ownPages.forEach((list, i) => pages.push({ path: timelineYearPath(year, i + 1), year, page: i + 1, pages: ownPages.length, events: list }));
    const months: TimelineMonth[] = [];
    if (dense) {
      for (const [month, inMonth] of Map.groupBy(inYear.filter((e) => start(e.iso).precision !== 'year'), (e) => start(e.iso).month!)) {
        const monthPages = chunks(inMonth, size);
        monthPages.forEach((list, i) => pages.push({ path: timelineMonthPath(year, month, i + 1), year, month, page: i + 1, pages: monthPages.length, events: list }));
        months.push({ month, count: inMonth.length, path: timelineMonthPath(year, month) });
      }
    }
    // A dense year whose entries all have months still has its page: the overview of its months.
    if (ownPages.length === 0) pages.push({ path: timelineYearPath(year), year, page: 1, pages: 1, events: [] });
    years.push({ year, count: inYear.length, path: timelineYearPath(year), ...(dense ? { months } : {}) });
  }
  pages.sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || a.page - b.page);
  pages.forEach((p, i) => {
    if (i > 0) p.prev = pages[i - 1]!.path;
    if (i < pages.length - 1) p.next = pages[i + 1]!.path;
  });
  const landings = new Map<string, string>();
  for (const p of pages) for (const e of p.events) if (!landings.has(e.iso)) landings.set(e.iso, href(p.path, dateAnchor(e.iso)));
  return {
    years,
    pages,
    landing(iso) {
      const found = landings.get(iso);
      if (!found) throw new Error(`the timeline has no entry for "${iso}"`);
      return found;
    },
  };
}

/** Whether a page holds the first entry of a date: only there does the date's heading carry its anchor. */
export const beginsOn = (plan: TimelinePlan, page: TimelinePage, iso: string) => plan.landing(iso).startsWith(`${page.path}#`);

/** A page's name: "2021", "November 2021", "November 2021, page 2". */
export function pageTitle(page: Pick<TimelinePage, 'year' | 'month' | 'page'>): string {
  const scope = page.month ? `${MONTHS[page.month - 1]} ${page.year}` : String(page.year);
  return page.page > 1 ? `${scope}, page ${page.page}` : scope;
}

/**
 * The periods either side of a page's (a year's own entries, or a month's), at their first pages:
 * what the foot of each of its pages steps to, while its numbered pages are the pagination's.
 */
export function periodNeighbours(plan: TimelinePlan, page: TimelinePage): { before?: TimelinePage; after?: TimelinePage } {
  const firsts = plan.pages.filter((p) => p.page === 1);
  const i = firsts.findIndex((p) => p.year === page.year && p.month === page.month);
  return { before: firsts[i - 1], after: firsts[i + 1] };
}

/**
 * The time a set of entries covers, as ISO 8601 for schema.org's `temporalCoverage`: `scope` (a
 * year, a month, or a span of years) when every entry ends within it, or from its start to the
 * latest end when a period filed under it runs on ("1990/1999" under 1990).
 */
export function coverage(scope: string, events: readonly TimelineEvent[]): string {
  const { start: from, end: to } = parseInterval(scope)!;
  const within = (iso: string) => iso.startsWith(to.iso) || sortKey(iso) <= sortKey(to.iso);
  // An entry is filed under where it starts: only a period can end past its page's scope.
  const ends = events.filter((e) => e.iso.includes('/')).map((e) => parseInterval(e.iso)!.end.iso);
  const latest = ends.reduce((a, b) => (sortKey(b) > sortKey(a) ? b : a), to.iso);
  return within(latest) ? scope : `${from.iso}/${latest}`;
}
