import { coMentionsByActor, mentionsByActor, timeline, type ArticleIndex } from '../lib/aggregate';
import { PAGE_SIZE } from '../lib/pagination';
import { planTimeline, type TimelinePlan } from '../lib/timeline-pages';
import { indexedArticles } from './articles';

/** All articles in the shape the aggregation functions take. */
export async function articleIndexes(): Promise<ArticleIndex[]> {
  return (await indexedArticles()).map(({ entry, url, index }) => ({ articleId: entry.id, title: entry.data.title, date: entry.data.date, url, index }));
}

let actors: Promise<{ mentions: ReturnType<typeof mentionsByActor>; together: ReturnType<typeof coMentionsByActor> }> | undefined;

/**
 * Mentions and co-mentions of every actor, computed once per build: every actor page reads its
 * row, so the work grows with the articles, not with articles times actors.
 */
export function actorIndex() {
  actors ??= articleIndexes().then((articles) => ({ mentions: mentionsByActor(articles), together: coMentionsByActor(articles) }));
  return actors;
}

let plan: Promise<TimelinePlan> | undefined;

/** The timeline's pages, planned once per build: every timeline page and every link into it reads this. */
export function timelinePlan(): Promise<TimelinePlan> {
  plan ??= articleIndexes().then((articles) => planTimeline(timeline(articles), PAGE_SIZE.events));
  return plan;
}
