import { describe, expect, test } from 'vitest';
import { buildAliasMatcher } from '../../src/lib/aliases';

const actor = (id: string, name: string, aliases: string[] = []) => ({ id, file: `content/actors/${id}.yaml`, data: { name, kind: 'person' as const, role: 'r', aliases } });

describe('alias matcher', () => {
  test('finds every spelling, longest first', () => {
    const m = buildAliasMatcher([actor('a', 'Moqtada al-Sadr', ['al-Sadr']), actor('b', 'Muhammad Sadiq al-Sadr')]);
    expect(m.find('Muhammad Sadiq al-Sadr and Al-Sadr').map((x) => x.actor)).toEqual(['b', 'a']);
  });

  test('matches case-sensitively except for a capital first letter', () => {
    const m = buildAliasMatcher([actor('is', 'Islamic State', ['IS'])]);
    expect(m.find('this is IS')).toEqual([{ start: 8, end: 10, actor: 'is' }]);
  });

  test('a spelling inside a longer word, in any script, is no mention; one between punctuation is', () => {
    const m = buildAliasMatcher([actor('s', 'Sadr'), actor('k', 'الكاظمي')]);
    expect(m.find('xSadr Sadrs éSadr Sadré 1Sadr والكاظمي الكاظميون')).toEqual([]);
    expect(m.find('(Sadr), “Sadr’s” الكاظمي.')).toEqual([
      { start: 1, end: 5, actor: 's' },
      { start: 9, end: 13, actor: 's' },
      { start: 17, end: 24, actor: 'k' },
    ]);
  });

  test('two actors claiming one spelling is an error naming both files', () => {
    expect(() => buildAliasMatcher([actor('a', 'A', ['Sadr']), actor('b', 'B', ['Sadr'])])).toThrow(
      'content/actors/b.yaml: aliases: "Sadr" is also a name or alias of "a" (content/actors/a.yaml): a spelling belongs to one actor; remove it from one of them',
    );
  });

  test('lists an actor’s spellings', () => {
    expect(buildAliasMatcher([actor('a', 'Ali Shamkhani', ['Shamakhani'])]).spellings('a')).toEqual(['Ali Shamkhani', 'Shamakhani']);
  });
});
