import { getCollection, type CollectionEntry } from 'astro:content';
import { SITE } from '../consts';
import { articleCsl } from '../lib/article-citation';
import { articlePath } from '../lib/urls';

/** The article's canonical, absolute address: what citations and metadata point to. */
export const canonicalArticleUrl = (id: string) => new URL(articlePath(id), SITE.url).href;

/** The article as a CSL item. */
export const articleCitation = (entry: CollectionEntry<'articles'>) =>
  articleCsl({ id: entry.id, data: entry.data, url: canonicalArticleUrl(entry.id), lang: SITE.lang });

/** One citation download per article, for the `cite.*` endpoints. */
export async function citeFilePaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { item: articleCitation(entry) } }));
}
