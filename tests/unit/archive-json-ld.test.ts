import { describe, expect, test } from 'vitest';
import { authorJsonLd } from '../../src/lib/archive-json-ld';

const SITE = 'https://example.org';
const article = { id: 'a', title: 'An article', date: '2021-11', authors: ['Rami Jameel'], summary: '', publication: { name: 'Terrorism Monitor', publisher: 'The Jamestown Foundation' } };

describe("the JSON-LD of an author's pages", () => {
  test('the first page is the profile of the person, with the articles on it', () => {
    const ld = authorJsonLd({ url: `${SITE}/authors/rami-jameel/`, home: '/authors/rami-jameel/', title: 'Rami Jameel', person: 'Rami Jameel', description: '…', articles: [article] as never });
    expect(ld).toMatchObject({ '@type': 'ProfilePage', name: 'Rami Jameel', mainEntity: { '@type': 'Person', name: 'Rami Jameel', url: `${SITE}/authors/rami-jameel/` } });
    expect(ld.hasPart).toEqual([{ '@type': 'Article', headline: 'An article', url: `${SITE}/articles/a/` }]);
  });

  test('a later page is a collection about the person, named as its title, not a second profile', () => {
    const ld = authorJsonLd({ url: `${SITE}/authors/rami-jameel/2/`, home: '/authors/rami-jameel/', title: 'Rami Jameel: articles 31–60', person: 'Rami Jameel', description: '…', articles: [] });
    expect(ld).toMatchObject({ '@type': 'CollectionPage', name: 'Rami Jameel: articles 31–60', about: { '@type': 'Person', name: 'Rami Jameel', url: `${SITE}/authors/rami-jameel/` } });
    expect(ld).not.toHaveProperty('mainEntity');
  });
});
