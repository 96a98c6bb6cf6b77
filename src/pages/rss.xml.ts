import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE } from '../consts';
import { articlePath } from '../lib/urls';
import { parsePartialDate } from '../lib/dates';
import { newestFirst } from '../lib/archive';

/** RSS needs a full date: an article dated to a month or year is filed under its first day. */
function firstDay(iso: string): Date {
  const date = parsePartialDate(iso);
  if (!date) throw new Error(`not a date: "${iso}"`);
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** A feed carries the latest articles, as feed readers expect; the archive has the rest. */
const ITEMS = 30;

export const GET: APIRoute = async ({ site }) => {
  const articles = (await getCollection('articles')).sort((a, b) => newestFirst({ ...a.data, id: a.id }, { ...b.data, id: b.id })).slice(0, ITEMS);
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: site ?? SITE.url,
    customData: `<language>${SITE.lang}</language>`,
    items: articles.map(({ id, data }) => ({
      title: data.title,
      link: articlePath(id),
      description: data.summary,
      pubDate: firstDay(data.date),
      author: data.authors.join(', '),
    })),
  });
};
