import type { PassageIndex } from './passage-index';
import { byDate } from './dates';
import { href, type SitePath } from './urls';

/** One article's passage index with where it lives: the input to every cross-article page. */
export interface ArticleIndex {
  articleId: string;
  title: string;
  /** When the article was published (a partial ISO date): how lists of its passages are ordered and grouped by year. */
  date: string;
  url: SitePath;
  index: PassageIndex;
}

/** Where a passage stands, for the pages that quote it. */
export interface Located {
  href: string;
  articleId: string;
  title: string;
  /** The article's date. */
  date: string;
}

/** Collects `key(item)` → items across all articles: Quartz's tag pages, for actors and outlets. */
export function groupAcross<T>(
  articles: ArticleIndex[],
  items: (index: PassageIndex) => T[],
  key: (item: T) => string,
  passage: (item: T) => string,
): Map<string, Array<T & Located>> {
  const groups = new Map<string, Array<T & Located>>();
  for (const source of articles) {
    for (const item of items(source.index)) {
      const list = groups.get(key(item)) ?? [];
      list.push({ ...item, href: href(source.url, passage(item)), articleId: source.articleId, title: source.title, date: source.date });
      groups.set(key(item), list);
    }
  }
  return groups;
}

/** A sentence that mentions an actor, where it stands. */
export type ActorMention = PassageIndex['mentions'][number] & Located;

/** Mentions of each actor, one per sentence (a sentence naming someone twice is one quote), in the order of the articles given. */
export function mentionsByActor(articles: ArticleIndex[]): Map<string, ActorMention[]> {
  const grouped = groupAcross(articles, (i) => i.mentions, (m) => m.actor, (m) => m.passage);
  for (const [actor, list] of grouped) {
    const seen = new Set<string>();
    grouped.set(actor, list.filter((m) => {
      const k = `${m.href}\u0000${m.sentence}`;
      return seen.has(k) ? false : (seen.add(k), true);
    }));
  }
  return grouped;
}

/** For every actor, the actors named in the same sentences, most often first: one pass over all mentions. */
export function coMentionsByActor(articles: ArticleIndex[], limit = 6): Map<string, Array<{ actor: string; count: number }>> {
  const counts = new Map<string, Map<string, number>>();
  for (const { index } of articles) {
    const bySentence = new Map<string, Set<string>>();
    for (const m of index.mentions) {
      const k = `${m.passage}\u0000${m.sentence}`;
      bySentence.set(k, (bySentence.get(k) ?? new Set()).add(m.actor));
    }
    for (const actors of bySentence.values()) {
      for (const actor of actors) {
        const row = counts.get(actor) ?? new Map<string, number>();
        counts.set(actor, row);
        for (const other of actors) if (other !== actor) row.set(other, (row.get(other) ?? 0) + 1);
      }
    }
  }
  return new Map(
    [...counts].map(([actor, row]) => [
      actor,
      [...row]
        .map(([other, count]) => ({ actor: other, count }))
        .sort((a, b) => b.count - a.count || a.actor.localeCompare(b.actor))
        .slice(0, limit),
    ]),
  );
}

export interface TimelineEvent {
  iso: string;
  words: string;
  sentence: string;
  href: string;
  articleId: string;
  title: string;
  actors: string[];
}

/** Every dated statement, in chronological order (a year before its months, a month before its days). */
export function timeline(articles: ArticleIndex[]): TimelineEvent[] {
  const events = articles.flatMap((s) =>
    s.index.dates.map((d) => ({
      iso: d.iso,
      words: d.words,
      sentence: d.sentence,
      actors: d.actors,
      href: href(s.url, d.passage),
      articleId: s.articleId,
      title: s.title,
    })),
  );
  return byDate(events, (e) => e.iso, 'oldest first', (a, b) => a.iso.localeCompare(b.iso) || a.href.localeCompare(b.href));
}
