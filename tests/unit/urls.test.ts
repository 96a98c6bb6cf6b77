import { describe, expect, test } from 'vitest';
import { anchorOf, dateAnchor, href, isoOfDateAnchor, searchPath, sourceAnchor, articlePath } from '../../src/lib/urls';
import { datasetKey, hastProperty, readTerms, termsAttribute } from '../../src/lib/markup';

describe('addresses and anchors', () => {
  test.each(['2021-11-07', '2021-11', '2016', '2014/2017', '2019-09/2019-12'])('a timeline anchor for %s reads back as the same date', (iso) => {
    expect(isoOfDateAnchor(dateAnchor(iso))).toBe(iso);
  });

  test('an anchor that is not a date reads as none', () => {
    expect(isoOfDateAnchor(sourceAnchor('rudaw-2021-11-07'))).toBeUndefined();
  });

  test('a link to an element of another page, or of this one, and the anchor read back from it', () => {
    const link = href(articlePath('a'), sourceAnchor('x'));
    expect(link).toBe('/articles/a/#source-x');
    expect(anchorOf(new URL(link, 'https://site.invalid').hash)).toBe('source-x');
    expect(href(undefined, 'p-intro')).toBe('#p-intro');
    expect(anchorOf('#p-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF')).toBe('p-بغداد');
    expect(anchorOf('')).toBeUndefined();
  });

  test('a search link carries its query and only the filters that are set', () => {
    expect(searchPath('Sadr', { kind: 'article', year: undefined })).toBe('/search/?q=Sadr&kind=article');
    expect(searchPath('')).toBe('/search/');
  });
});

describe('the markup contract', () => {
  test('a data attribute’s hast property and dataset key', () => {
    expect(hastProperty('data-date-forms')).toBe('dataDateForms');
    expect(datasetKey('data-date-forms')).toBe('dateForms');
  });

  test('terms written into an attribute read back as the same entries, the words as written last', () => {
    const value = termsAttribute(['Mustafa al-Kadhimi', 'Kazemi'], 'the prime minister')!;
    expect(readTerms(value)).toEqual(['Mustafa al-Kadhimi', 'Kazemi', 'the prime minister']);
  });

  test('no attribute when the words as written are the only term', () => {
    expect(termsAttribute(['Baghdad'], 'Baghdad')).toBeUndefined();
  });
});
