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

  test('two actors claiming one spelling is an error naming both files', () => {
    expect(() => buildAliasMatcher([actor('a', 'A', ['Sadr']), actor('b', 'B', ['Sadr'])])).toThrow(
      'content/actors/b.yaml: aliases: "Sadr" is also a name or alias of "a" (content/actors/a.yaml): a spelling belongs to one actor; remove it from one of them',
    );
  });

  test('lists an actor’s spellings', () => {
    expect(buildAliasMatcher([actor('a', 'Ali Shamkhani', ['Shamakhani'])]).spellings('a')).toEqual(['Ali Shamkhani', 'Shamakhani']);
  });
});
