import { describe, expect, test } from 'vitest';
import {
  actorPath,
  anchorOf,
  archiveYearPath,
  articlePath,
  authorPath,
  dateAnchor,
  href,
  isoOfDateAnchor,
  issuePath,
  publicationPath,
  restParam,
  searchPath,
  SECTIONS,
  sourceAnchor,
  timelineMonthPath,
  timelineYearPath,
  volumePath,
} from '../../src/lib/urls';
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

describe('the archive and the pages of long lists', () => {
  test('the first page of a list is its own address, later ones add their number', () => {
    expect(actorPath('iran')).toBe('/actors/iran/');
    expect(actorPath('iran', 1)).toBe('/actors/iran/');
    expect(actorPath('iran', 3)).toBe('/actors/iran/3/');
    expect(timelineMonthPath(2021, 11, 2)).toBe('/timeline/2021/november/2/');
    expect(timelineYearPath(2021)).toBe('/timeline/2021/');
  });

  test('authors and periodicals are addressed by their names, accents and spaces folded', () => {
    expect(authorPath('Rámi  Jameel')).toBe(authorPath('Rami Jameel'));
    expect(authorPath('Rami Jameel', 2)).toBe('/authors/rami-jameel/2/');
    expect(publicationPath('Terrorism Monitor')).toBe('/publications/terrorism-monitor/');
    expect(volumePath('Terrorism Monitor', 19)).toBe('/publications/terrorism-monitor/volume-19/');
    expect(issuePath('Terrorism Monitor', 19, 22)).toBe('/publications/terrorism-monitor/volume-19/issue-22/');
    expect(issuePath('Terrorism Monitor', undefined, 3)).toBe('/publications/terrorism-monitor/issue-3/');
    expect(archiveYearPath(2021)).toBe('/archive/2021/');
  });

  test("a route's parameter is the path below its section, and back", () => {
    const path = timelineMonthPath(2021, 11, 2);
    expect(restParam(path, SECTIONS.timeline)).toBe('2021/november/2');
    expect(`${SECTIONS.timeline}${restParam(path, SECTIONS.timeline)}/`).toBe(path);
    expect(() => restParam(SECTIONS.timeline, SECTIONS.timeline)).toThrow();
    expect(() => restParam(actorPath('iran'), SECTIONS.timeline)).toThrow('is not below');
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
