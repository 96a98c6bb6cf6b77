import { describe, expect, test } from 'vitest';
import { render } from './render';

/** The HTML as a reader gets it: without the attributes that only carry spellings, date forms and filters to the search index. */
const asRead = (html: string) => html.replace(/ data-(?:spellings|date-forms|pagefind-[a-z-]+)="[^"]*"/g, '');

const article = (body: string) => `---\ndate: "2021-11"\n---\n\n${body}\n`;

describe('dates plugin', () => {
  test('a day without a year is a day of the article’s year', () => {
    expect(asRead(render(article('In the early hours of November 7 in Baghdad.')).html)).toContain('<time datetime="2021-11-07">November 7</time>');
  });

  test('months, years and periods are marked at the precision the text gives', () => {
    const html = asRead(render(article('In June 2020, in 2016, from 2014 to 2017, in late 2019 and in the 1990s.')).html);
    expect(html).toContain('<time datetime="2020-06">June 2020</time>');
    expect(html).toContain('<time datetime="2016">2016</time>');
    expect(html).toContain('<time datetime="2014" data-interval="2014/2017">from 2014 to 2017</time>');
    expect(html).toContain('<time datetime="2019-09" data-interval="2019-09/2019-12">late 2019</time>');
    expect(html).toContain('<time datetime="1990" data-interval="1990/1999">the 1990s</time>');
  });

  test('a relative date is said by the author with a date: link', () => {
    expect(asRead(render(article('On [the following day](date:2021-11-08) he came.')).html)).toContain(
      '<time datetime="2021-11-08">the following day</time>',
    );
  });

  test('dates inside a citation are when the outlet published, so they are not marked', () => {
    const md = `---\ndate: "2021-11"\ncitations:\n  - { id: r, outlet: rudaw }\n---\n\n([rudaw.net, November 7](cite:r))\n`;
    expect(render(md).html).not.toContain('<time');
  });

  test('an invalid date: value stops the build with the file', () => {
    expect(() => render(article('[then](date:2021-02-30)'))).toThrow(
      'content/articles/test.mdx: (date:2021-02-30): "2021-02-30" is not a valid ISO date or period',
    );
  });
});
