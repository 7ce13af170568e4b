import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { THRESHOLD_EXAMPLES, predictThreshold, runThreshold } from '../../src/core';

describe('the hand simulation: YES when the number is greater than t', () => {
  test('the lesson’s worked example: one mistake on 4, t ends at 4, and the rule then gets all five right', () => {
    const run = runThreshold();
    expect(run.start).toBe(3);
    expect(run.steps.map((s) => [s.example.input, s.prediction ? 'YES' : 'NO', s.correct, s.after])).toEqual([
      [2, 'NO', true, 3],
      [7, 'YES', true, 3],
      [4, 'YES', false, 4],
      [9, 'YES', true, 4],
      [3, 'NO', true, 4],
    ]);
    expect(run.final).toBe(4);
    expect(run.correctAfter).toBe(5);
  });

  test('the examples are the lesson’s, in order', () => {
    expect(THRESHOLD_EXAMPLES.map((e) => `${e.input} ${e.yes ? 'YES' : 'NO'}`)).toEqual(['2 NO', '7 YES', '4 NO', '9 YES', '3 NO']);
  });

  test('a number equal to t is a NO: the rule says greater than', () => {
    expect(predictThreshold(3, 3)).toBe(false);
    expect(predictThreshold(3, 3.5)).toBe(true);
  });

  test('mistakes move t toward the right side: up after a false YES, down after a false NO', () => {
    const up = runThreshold([{ input: 5, yes: false }], 3);
    expect(up.steps[0]).toMatchObject({ prediction: true, correct: false, after: 4 });
    const down = runThreshold([{ input: 2, yes: true }], 3);
    expect(down.steps[0]).toMatchObject({ prediction: false, correct: false, after: 2 });
    expect(runThreshold(THRESHOLD_EXAMPLES, 0).final).toBe(3);
    expect(runThreshold(THRESHOLD_EXAMPLES, 10).steps.filter((s) => !s.correct)).toHaveLength(2);
  });

  test('properties: t moves only on mistakes, by exactly the step, and each step starts where the last ended', () => {
    const example = fc.record({ input: fc.integer({ min: -20, max: 20 }), yes: fc.boolean() });
    fc.assert(
      fc.property(fc.array(example, { maxLength: 30 }), fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 3 }), (examples, start, step) => {
        const run = runThreshold(examples, start, step);
        let t = start;
        for (const s of run.steps) {
          expect(s.before).toBe(t);
          expect(Math.abs(s.after - s.before)).toBe(s.correct ? 0 : step);
          t = s.after;
        }
        expect(run.final).toBe(t);
        expect(run.correctAfter).toBe(examples.filter((e) => e.input > t === e.yes).length);
      }),
    );
  });
});
