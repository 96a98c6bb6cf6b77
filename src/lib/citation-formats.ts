/**
 * The formats of a citation, all produced from one CSL-JSON item by Citation.js: the reference in
 * a style, and the files a reference manager imports. Packages only, no module of the site's, so
 * that the reference formatter's thread loads it as it is (Node erases its types).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import chicago from '@citation/csl-style-chicago-fullnote-bibliography/info.json' with { type: 'json' };

// plugin-csl ships APA but no Chicago; the style comes from the CSL project's own XML.
const csl = plugins.config.get('@csl');
if (!csl.styles.has('chicago')) csl.styles.add('chicago', chicago.content);

export interface CslName {
  given?: string;
  family?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article-journal';
  title: string;
  author: CslName[];
  'container-title': string;
  volume?: string;
  issue?: string;
  publisher: string;
  issued: { 'date-parts': [number[]] };
  URL: string;
  language: string;
}

export type CitationStyle = 'chicago' | 'apa';

/** The styles "Cite this article" gives, in its order. */
export const REFERENCE_STYLES: ReadonlyArray<{ style: CitationStyle; label: string }> = [
  { style: 'chicago', label: 'Chicago' },
  { style: 'apa', label: 'APA' },
];

/** The reference-list entry in a style, as HTML (journal in italics, URL linked) or plain text. */
export function formatReference(item: CslItem, style: CitationStyle, format: 'html' | 'text' = 'html'): string {
  const entries = new Cite([item]).format('bibliography', {
    template: style,
    lang: 'en-US',
    format,
    hyperlinks: format === 'html',
    asEntryArray: true,
  });
  // The reference links to another site (where the article was first published), which opens safely.
  return entries[0]![1].trim().replace(/<a href="([^"]*)">/g, '<a href="$1" rel="noopener noreferrer">');
}

/** The reference in each of `REFERENCE_STYLES`, as HTML, in their order. */
export const formatReferences = (item: CslItem): string[] => REFERENCE_STYLES.map(({ style }) => formatReference(item, style));

export const bibtex = (item: CslItem): string => new Cite([item]).format('bibtex', { format: 'text' });

/**
 * RIS, one tag a line. Citation.js wraps values at 70 characters, and importers join the pieces
 * with a line break (a title would read "Int / ra-Shia"), so the record is written out unwrapped.
 */
export function ris(item: CslItem): string {
  const [record] = new Cite([item]).format('ris', { format: 'object' });
  const { TY, ...tags } = record!;
  const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${v}`));
  return [`TY  - ${TY}`, ...lines, 'ER  - ', ''].join('\r\n');
}

export const cslJson = (item: CslItem): string => new Cite([item]).format('data', { format: 'text' });
