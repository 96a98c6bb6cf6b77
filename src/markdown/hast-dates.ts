import type { Element } from 'hast';
import { ContentError } from '../lib/content-error';
import { findDates, parseInterval, parsePartialDate, timeAttributes } from '../lib/dates';
import { DATA, firstOnPage, hastProperty } from '../lib/markup';
import { dateSearchAttributes } from '../lib/search-terms';
import { element, hasAncestor, schemeValue, text, textOf, walk, wrapSpans, type TreeTransform } from './hast-utils';

const DATE_SCHEME = 'date:';

/**
 * `<time>` for a date or period (see `timeAttributes`). For search, it carries the forms a reader
 * may type the date in (Pagefind indexes them with the paragraph) and the year filter.
 */
function timeElement(iso: string, words: string, yearOnce: (year: string) => boolean, children: Element['children'] = [text(words)]): Element {
  const { datetime, 'data-interval': interval } = timeAttributes(iso);
  return element(
    'time',
    { dateTime: datetime, ...(interval ? { [hastProperty(DATA.interval)]: interval } : {}), ...dateSearchAttributes(iso, words, yearOnce) },
    children,
  );
}


const SKIP = new Set(['a', 'time', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);

/**
 * Marks every date or period the text speaks of as `<time>`: those written out are found in the
 * text (a day or month without a year is in the article's year); relative ones ("the following
 * day") are said by the author as `[words](date:2021-11-08)`. Citation wording is left alone:
 * when an outlet published is not when something happened.
 */
export function dates(): TreeTransform {
  return (tree, file) => {
    const year = parsePartialDate(String(file.frontmatter.date ?? ''))?.year ?? new Date().getUTCFullYear();
    const firstYear = firstOnPage();
    const time = (iso: string, words: string, children?: Element['children']) => timeElement(iso, words, firstYear, children);
    walk(tree, (node, ancestors) => {
      if (node.type === 'element' && node.tagName === 'a') {
        const iso = schemeValue(node, DATE_SCHEME);
        if (iso === undefined) return;
        const href = `${DATE_SCHEME}${iso}`;
        if (!parseInterval(iso)) {
          throw new ContentError(
            file.url,
            `(${href})`,
            `"${iso}" is not a valid ISO date or period: write YYYY, YYYY-MM, YYYY-MM-DD, or two of those joined by "/"`,
            node.position?.start,
          );
        }
        return time(iso, textOf(node), node.children);
      }
      if (node.type !== 'text') return;
      const found = findDates(node.value, year);
      if (found.length === 0 || hasAncestor(ancestors, (el) => SKIP.has(el.tagName))) return;
      return wrapSpans(node.value, found, (d, words) => time(d.iso, words));
    });
  };
}
