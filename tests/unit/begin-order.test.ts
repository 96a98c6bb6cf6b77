import { describe, expect, it } from 'vitest';
import { inBeginOrder } from '../../src/lib/begin-order';

describe('jobs handed on in the order they were begun', () => {
  it('hands on each job’s item once every earlier job is done, whatever order they finish in', () => {
    const handed: string[] = [];
    const order = inBeginOrder<string>((item) => handed.push(item));
    order.done(2, 'c');
    order.done(1, 'b');
    expect(handed).toEqual([]);
    expect(order.doneInOrder).toBe(0);
    order.done(0, 'a');
    expect(handed).toEqual(['a', 'b', 'c']);
    expect(order.doneInOrder).toBe(3);
  });

  it('counts a job that produced nothing as done', () => {
    const handed: string[] = [];
    const order = inBeginOrder<string>((item) => handed.push(item));
    order.done(1, 'b');
    order.done(0);
    expect(handed).toEqual(['b']);
  });

  it('refuses a job done twice', () => {
    const order = inBeginOrder<string>(() => {});
    order.done(0, 'a');
    expect(() => order.done(0, 'a')).toThrow('job 0 was done twice');
  });
});
