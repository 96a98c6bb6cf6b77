import { describe, expect, test } from 'vitest';
import { skeleton, suggest } from '../../src/lib/search-suggest';

const REGISTRY = [
  { id: 'mustafa-al-kadhimi', name: 'Mustafa al-Kadhimi', spellings: ['Mustafa al-Kadhimi', 'Kadhimi', 'Kazemi', 'مصطفى الكاظمي'] },
  { id: 'qais-al-khazali', name: 'Qais al-Khazali', spellings: ['Qais al-Khazali', 'Khazali'] },
  { id: 'muhammad-al-halboosi', name: 'Muhammad al-Halboosi', spellings: ['Muhammad al-Halboosi', 'Halboosi'] },
  { id: 'bashar-al-assad', name: 'Bashar al-Assad', spellings: ['Bashar al-Assad', 'Assad'] },
];

describe('Did you mean', () => {
  test('transliterations of one sound are one', () => {
    expect(skeleton('Kadhimi')).toBe(skeleton('Kazimi'));
    expect(skeleton('al-Halbousi')).toBe(skeleton('Halboosi'));
    expect(skeleton('الكاظمى')).toBe(skeleton('كاظمي'));
  });

  test.each([
    ['Kadimi', 'Kazemi', 'Mustafa al-Kadhimi'],
    ['Khazaali', 'Khazali', 'Qais al-Khazali'],
    ['Halbusi', 'Halboosi', 'Muhammad al-Halboosi'],
    ['الكاضمي', 'الكاظمي', 'Mustafa al-Kadhimi'],
  ])('"%s" is close to "%s" (%s)', (word, query, name) => {
    expect(suggest(word, [word], REGISTRY)).toEqual([{ query, name }]);
  });

  test('the unknown word is replaced within the query, and the actor named', () => {
    expect(suggest('Qais Khazaali', ['Khazaali'], REGISTRY)).toEqual([{ query: 'Qais Khazali', name: 'Qais al-Khazali' }]);
  });

  test.each(['Hezbollah', 'Asaib', 'Sistani', 'Erdogan'])('nothing is offered for "%s", which is like no name', (word) => {
    expect(suggest(word, [word], REGISTRY)).toEqual([]);
  });
});
