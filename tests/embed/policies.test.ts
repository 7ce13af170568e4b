import { describe, expect, test } from 'vitest';
import { PauseHolds } from '../../src/embed/holds';
import { IdleQueue } from '../../src/embed/idleQueue';
import { SceneBudget } from '../../src/embed/sceneBudget';

describe('SceneBudget', () => {
  const limits = { nearby: 3, inView: 4 };

  test('within the budget, nobody gives a scene back', () => {
    const budget = new SceneBudget<string>(limits);
    for (const m of ['a', 'b', 'c']) expect(budget.take(m, () => true)).toEqual([]);
    expect(budget.size).toBe(3);
  });

  test('past `nearby`, members away from the viewport give theirs back, the least recently wanted first', () => {
    const budget = new SceneBudget<string>(limits);
    const near = new Set(['c', 'd']);
    for (const m of ['a', 'b', 'c']) budget.take(m, () => true);
    expect(budget.take('d', (m) => near.has(m))).toEqual(['a']);
    expect(budget.size).toBe(3);
  });

  test('wanting a scene again makes it the most recent', () => {
    const budget = new SceneBudget<string>(limits);
    for (const m of ['a', 'b', 'c']) budget.take(m, () => true);
    budget.take('a', () => true);
    expect(budget.take('d', () => false)).toEqual(['b']);
  });

  test('past `inView`, even members in view give theirs back, never the one taking', () => {
    const budget = new SceneBudget<string>(limits);
    for (const m of ['a', 'b', 'c', 'd']) budget.take(m, () => true);
    expect(budget.take('e', () => true)).toEqual(['a']);
    expect(budget.size).toBe(4);
  });

  test('a dropped member is no longer counted', () => {
    const budget = new SceneBudget<string>(limits);
    for (const m of ['a', 'b', 'c']) budget.take(m, () => true);
    budget.drop('b');
    expect(budget.take('d', () => false)).toEqual([]);
  });
});

describe('IdleQueue', () => {
  test('runs one task per idle moment, in order, and schedules only while tasks wait', () => {
    const moments: (() => void)[] = [];
    const queue = new IdleQueue((run) => moments.push(run));
    const ran: number[] = [];
    queue.add(() => ran.push(1));
    queue.add(() => ran.push(2));
    expect(moments).toHaveLength(1);
    moments.shift()!();
    expect(ran).toEqual([1]);
    expect(moments).toHaveLength(1);
    moments.shift()!();
    expect(ran).toEqual([1, 2]);
    expect(moments).toHaveLength(0);
    queue.add(() => ran.push(3));
    expect(moments).toHaveLength(1);
    expect(queue.pending).toBe(1);
  });
});

describe('PauseHolds', () => {
  test('a hold pauses a walk, and releasing every hold resumes it', () => {
    const holds = new PauseHolds<'away' | 'hidden'>();
    holds.set('away', true);
    expect(holds.decide(true)).toBe('pause');
    holds.set('hidden', true);
    holds.set('away', false);
    expect(holds.decide(false)).toBeUndefined();
    holds.set('hidden', false);
    expect(holds.decide(false)).toBe('play');
    expect(holds.decide(true)).toBeUndefined();
  });

  test('a walk that was not going on does not start when released', () => {
    const holds = new PauseHolds<'away'>();
    holds.set('away', true);
    expect(holds.decide(false)).toBeUndefined();
    holds.set('away', false);
    expect(holds.decide(false)).toBeUndefined();
  });

  test('play while held waits for the release; pause cancels that', () => {
    const holds = new PauseHolds<'away'>();
    expect(holds.play()).toBe(true);
    holds.set('away', true);
    expect(holds.play()).toBe(false);
    holds.set('away', false);
    expect(holds.decide(false)).toBe('play');
    holds.set('away', true);
    holds.play();
    holds.pause();
    holds.set('away', false);
    expect(holds.decide(false)).toBeUndefined();
  });
});
