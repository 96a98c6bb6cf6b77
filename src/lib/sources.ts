import { parsePartialDate } from './dates';

/** The outlet's own site. */
export const outletUrl = (domain: string) => `https://${domain}/`;

/**
 * A web-archive lookup of the outlet around the cited date: the text gives no article URLs, so
 * this is the closest honest link to what the reader would have seen, never a guessed page.
 */
export function archiveUrl(domain: string, date?: string): string {
  const d = date ? parsePartialDate(date) : undefined;
  const stamp = d ? d.iso.replaceAll('-', '') : '';
  return `https://web.archive.org/web/${stamp}*/${domain}*`;
}

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/** "Arabic" for "ar"; "und", which ICU names "root", is what an imported outlet has until someone knows. */
export const languageName = (code: string) => (code === 'und' ? 'an undetermined language' : (languageNames.of(code) ?? code));

/** Wikipedia-style back-link labels: a, b, c … z, aa, ab … */
export function backlinkLabel(n: number): string {
  let label = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) label = String.fromCharCode(97 + ((i - 1) % 26)) + label;
  return label;
}
