import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { validateEntry } from '../../src/lib/validate-entry';
import { articleSchema } from '../../src/schemas/article';
import { actorSchema } from '../../src/schemas/actor';
import { outletSchema } from '../../src/schemas/outlet';

const SITE = 'tests/fixtures/site';
const yaml = (file: string) => parse(readFileSync(`${SITE}/${file}`, 'utf8').replace(/^---\n([\s\S]*?)\n---\n[\s\S]*$/, '$1'));

/** The fixture site's own entries, which pass, so that each case differs from a good one by one mistake. */
const good = { article: yaml('articles/good.mdx'), outlet: yaml('outlets/wire.yaml'), actor: yaml('actors/jane-doe.yaml') };
const ARTICLE = 'content/articles/x.mdx';
const OUTLET = 'content/outlets/x.yaml';
const ACTOR = 'content/actors/x.yaml';

const article = (edit: (data: typeof good.article) => void) => () => {
  const data = structuredClone(good.article);
  edit(data);
  return validateEntry(articleSchema, data, ARTICLE);
};
const outlet = (edit: (data: typeof good.outlet) => void) => () => {
  const data = structuredClone(good.outlet);
  edit(data);
  return validateEntry(outletSchema, data, OUTLET);
};
const actor = (edit: (data: typeof good.actor) => void) => () => {
  const data = structuredClone(good.actor);
  edit(data);
  return validateEntry(actorSchema, data, ACTOR);
};

describe('an entry that breaks its schema stops the build with the file, the field and what to do', () => {
  test('the fixture entries pass', () => {
    expect(article(() => {})()).toMatchObject({ title: good.article.title });
    expect(outlet(() => {})()).toMatchObject({ name: good.outlet.name });
    expect(actor(() => {})()).toMatchObject({ name: good.actor.name });
  });

  const cases: Array<[string, () => unknown, string]> = [
    [
      'a citation language written with an underscore',
      article((d) => (d.citations[0].language = 'ar_SA')),
      `${ARTICLE}: citations[0].language: "ar_SA" is not a language tag; did you mean "ar-SA"? (BCP 47 joins its parts with hyphens)`,
    ],
    [
      'an outlet language written with an underscore',
      outlet((d) => (d.languages = ['ku_IQ', 'ar'])),
      `${OUTLET}: languages[0]: "ku_IQ" is not a language tag; did you mean "ku-IQ"? (BCP 47 joins its parts with hyphens)`,
    ],
    [
      'a language that is no tag at all',
      outlet((d) => (d.languages = ['Arabic!'])),
      `${OUTLET}: languages[0]: "Arabic!" is not a language tag: write a BCP 47 tag such as "en", "ar" or "ku-Arab"`,
    ],
    [
      'a language tag with an extension no page language uses',
      article((d) => (d.citations[0].language = 'en-u-ca-gregory')),
      `${ARTICLE}: citations[0].language: "en-u-ca-gregory" carries more than a language, script and region: write "en"`,
    ],
    [
      'a citation URL that runs script',
      article((d) => (d.citations[0].url = 'javascript:alert(1)')),
      `${ARTICLE}: citations[0].url: must be a web address starting with https:// (or http://): copy it from the browser’s address bar`,
    ],
    [
      'a citation URL to a local file',
      article((d) => (d.citations[0].url = 'file:///etc/passwd')),
      `${ARTICLE}: citations[0].url: must be a web address starting with https://`,
    ],
    ['a missing title', article((d) => delete d.title), `${ARTICLE}: title: is missing: add a line "title: …"`],
    ['an empty title', article((d) => (d.title = null)), `${ARTICLE}: title: is empty: write its value after "title:"`],
    ['a date that is not a date', article((d) => (d.date = '2021-02-30')), `${ARTICLE}: date: is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD`],
    ['a citation without an outlet', article((d) => delete d.citations[0].outlet), `${ARTICLE}: citations[0].outlet: is missing: add a line "outlet: …"`],
    [
      'a citation id with capitals',
      article((d) => (d.citations[0].id = 'Wire-1')),
      `${ARTICLE}: citations[0].id: must be lowercase letters, digits and hyphens: write it like "rudaw-2021-11-07"`,
    ],
    [
      'authors written as one name instead of a list',
      article((d) => (d.authors = 'A. Writer')),
      `${ARTICLE}: authors: must be a list: write each entry on a line of its own, starting with "- " (it is "A. Writer")`,
    ],
    [
      'a title YAML reads as a date',
      article((d) => (d.title = new Date('2021-11-07'))),
      `${ARTICLE}: title: must be text: put it in double quotes (it is the date 2021-11-07)`,
    ],
    ['an issue number in words', article((d) => (d.publication.issue = 'two')), `${ARTICLE}: publication.issue: must be a number: write digits only, such as 3 (it is "two")`],
    ['an outlet with no language', outlet((d) => (d.languages = [])), `${OUTLET}: languages: needs at least 1 entry`],
    [
      'an outlet domain written as a URL',
      outlet((d) => (d.domain = 'https://wire.example/')),
      `${OUTLET}: domain: must be a bare domain: write it like rudaw.net, without https:// or a path`,
    ],
    ['an actor of an unknown kind', actor((d) => (d.kind = 'persn')), `${ACTOR}: kind: must be one of "person", "group", "state", "place" (it is "persn")`],
    [
      'an Arabic-script name written in Latin letters',
      actor((d) => (d.arabicScript = { ar: ['Kadhimi'] })),
      `${ACTOR}: arabicScript.ar[0]: must be written in Arabic script, words one space apart`,
    ],
    ['an Arabic-script name in a language that is not Arabic or Persian', actor((d) => (d.arabicScript = { ur: ['کاظمی'] })), `${ACTOR}: arabicScript: takes ar (Arabic) and fa (Persian) only`],
    ['an empty file', () => validateEntry(actorSchema, null, ACTOR), `${ACTOR}: (whole file): holds no fields: write one per line, such as "name: …"`],
    [
      'a misspelled field, which would otherwise be dropped with its value',
      article((d) => {
        (d as Record<string, unknown>).sumary = d.summary;
        delete (d as Record<string, unknown>).summary;
      }),
      `${ARTICLE}: sumary: is not a field here: did you mean "summary"?`,
    ],
    [
      'a misspelled field in a citation',
      article((d) => ((d.citations[0] as Record<string, unknown>).titel = 'A title')),
      `${ARTICLE}: citations[0].titel: is not a field here: did you mean "title"?`,
    ],
    [
      'a field an outlet has no use for',
      outlet((d) => ((d as Record<string, unknown>).twitter = '@wire')),
      `${OUTLET}: twitter: is not a field here: the fields are ${Object.keys(outletSchema.shape).join(', ')}`,
    ],
  ];

  for (const [name, check, message] of cases) {
    test(name, () => {
      expect(check).toThrow(message);
    });
  }

  test('every mistake in a file is listed, one line each, with no Markdown in it', () => {
    const check = article((d) => {
      delete d.title;
      d.citations[0].language = 'ar_SA';
    });
    expect(check).toThrow(`${ARTICLE}: title: is missing: add a line "title: …"\n${ARTICLE}: citations[0].language: "ar_SA"`);
    expect(check).not.toThrow(/\*/);
  });

  test('a language tag is kept in its canonical form', () => {
    expect(outlet((d) => (d.languages = ['AR-sa', 'ckb']))().languages).toEqual(['ar-SA', 'ckb']);
  });
});
