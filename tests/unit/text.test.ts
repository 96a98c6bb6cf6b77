import { describe, expect, test } from 'vitest';
import { passageId } from '../../src/lib/passage-id';
import { sentenceAt, sentenceRanges } from '../../src/lib/sentences';
import { readingMinutes } from '../../src/lib/reading-time';
import { archiveUrl, backlinkLabel, languageName, outletUrl } from '../../src/lib/sources';

describe('passage ids', () => {
  test('come from the words, not the position', () => {
    expect(passageId('A loud explosion was heard.')).toMatch(/^p-a-loud-explosion-was-[0-9a-f]{6}$/);
    expect(passageId('A loud explosion was heard.')).toBe(passageId(' A  loud explosion was heard. '));
    expect(passageId('A loud explosion was heard.')).not.toBe(passageId('A loud explosion was heard!'));
  });
});

describe('sentences', () => {
  test('the sentence around a span', () => {
    const text = 'First one. Al-Kadhimi spoke here. Last.';
    expect(text.slice(...sentenceAt(text, sentenceRanges(text), 11))).toBe('Al-Kadhimi spoke here.');
  });

  test('a marked name with an abbreviation inside does not cut its sentence in two, for any mark in it', () => {
    const text = 'He was sanctioned by the U.S. Department of the Treasury in 2019. Next.';
    const name: [number, number] = [text.indexOf('U.S.'), text.indexOf(' in')];
    const ranges = sentenceRanges(text, [name]);
    expect(text.slice(...sentenceAt(text, ranges, text.indexOf('2019')))).toBe('He was sanctioned by the U.S. Department of the Treasury in 2019.');
    expect(sentenceAt(text, ranges, name[0])).toEqual(sentenceAt(text, ranges, text.indexOf('2019')));
  });
});

describe('citations helpers', () => {
  test('out-links are the outlet and a web-archive lookup at the cited date', () => {
    expect(outletUrl('rudaw.net')).toBe('https://rudaw.net/');
    expect(archiveUrl('rudaw.net', '2021-11-07')).toBe('https://web.archive.org/web/20211107*/rudaw.net*');
    expect(archiveUrl('jamestown.org')).toBe('https://web.archive.org/web/*/jamestown.org*');
  });

  test('back-link labels run a to z, then aa', () => {
    expect([1, 2, 26, 27].map(backlinkLabel)).toEqual(['a', 'b', 'z', 'aa']);
  });

  test('language names are written out', () => {
    expect(languageName('ar')).toBe('Arabic');
  });
});

describe('reading time', () => {
  test('is at least a minute, at 230 words a minute', () => {
    expect(readingMinutes('one two')).toBe(1);
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
  });
});
