import { describe, expect, test } from 'vitest';
import { simulate, stabilityAt, surfaces } from '../../src/core';
import { FILL_IN_WORDS, LOSS_CHOICES, LOSS_TARGET, RATE_CHOICES, gradeFillIn, lossTask, rateTask, risesIn } from '../../src/lesson/loopChecks';

describe('the fill-in', () => {
  test('grades each blank: right, wrong or empty', () => {
    expect(gradeFillIn(['prediction', 'loss', 'adjusted'])).toEqual(['right', 'right', 'right']);
    expect(gradeFillIn(['loss', undefined, 'adjusted'])).toEqual(['wrong', 'empty', 'right']);
    expect(gradeFillIn([])).toEqual(['empty', 'empty', 'empty']);
  });

  test('every right word is on offer, among wrong ones', () => {
    for (const word of ['prediction', 'loss', 'adjusted']) expect(FILL_IN_WORDS).toContain(word);
    expect(FILL_IN_WORDS.length).toBeGreaterThan(3);
  });
});

describe('the questions that follow a task', () => {
  test('exactly one right choice each, and every choice says why', () => {
    for (const choices of [LOSS_CHOICES, RATE_CHOICES]) {
      expect(choices.filter((c) => c.right)).toHaveLength(1);
      for (const c of choices) expect(c.feedback.length).toBeGreaterThan(20);
    }
  });
});

describe('what the loss is for: place the line through the points', () => {
  const fitLine = surfaces['fit-line']!;

  test('done once the loss at the start is below the target, with the figure in words', () => {
    const far = lossTask('fit-line', fitLine.f(fitLine.start));
    expect(far.done).toBe(false);
    expect(far.message).toMatch(/^The loss at your start is 26\.2\./);
    const near = lossTask('fit-line', fitLine.f(fitLine.minima[0]!));
    expect(near).toEqual({ done: true, message: 'Done: your line scores a loss of 0.271. The closer it passes to the points, the smaller the loss.' });
    expect(lossTask('fit-line', LOSS_TARGET).done).toBe(false);
  });

  test('on another valley it asks for the line', () => {
    expect(lossTask('quadratic', 0).done).toBe(false);
    expect(lossTask('quadratic', 0).message).toMatch(/Fit a line to data/);
  });
});

describe('a learning rate too high', () => {
  const fitLine = surfaces['fit-line']!;
  const critical = stabilityAt(fitLine, fitLine.start, 'sgd', 0)!.criticalLr!;

  test('a settling rate is not done, and says where too high begins', () => {
    const run = simulate({ surface: 'fit-line', lr: 0.05 });
    const state = rateTask(run, critical, run.stoppedAt);
    expect(state.done).toBe(false);
    expect(state.message).toBe('At η = 0.05 the hiker still settles. Raise the learning rate (past about 0.316 here) and press Play.');
  });

  test('a diverging rate is done once a few steps were watched, naming the step it flew off', () => {
    const run = simulate({ surface: 'fit-line', lr: 0.5 });
    expect(run.status).toBe('diverged');
    expect(rateTask(run, critical, 0).done).toBe(false);
    expect(rateTask(run, critical, 0).message).toBe('η = 0.5 is too high. Press Play and watch the hiker.');
    const done = rateTask(run, critical, 3);
    expect(done).toEqual({ done: true, message: `Done: at η = 0.5 each step overshot further than the last, and the run diverged after step ${run.stoppedAt}.` });
  });

  test('past the critical rate but stopped short of diverging, it counts the rises of the loss', () => {
    const run = simulate({ surface: 'fit-line', lr: 0.33, steps: 10 });
    expect(run.status).toBe('max-steps');
    const state = rateTask(run, critical, 10);
    expect(state.done).toBe(true);
    expect(state.message).toBe(`Done: at η = 0.33 the steps jump past the bottom; the loss went up on ${risesIn(run.losses, 10)} of the first 10 steps.`);
    expect(risesIn(run.losses, 10)).toBeGreaterThan(5);
  });

  test('without a known critical rate (Adam), only a diverged run counts', () => {
    const run = simulate({ surface: 'fit-line', optimizer: 'adam', lr: 0.5, steps: 50 });
    expect(rateTask(run, undefined, 50).done).toBe(run.status === 'diverged');
  });

  test('risesIn counts the steps that raised the loss', () => {
    expect(risesIn([5, 4, 6, 3, 7], 10)).toBe(2);
    expect(risesIn([5, 4, 6, 3, 7], 2)).toBe(1);
    expect(risesIn([1], 5)).toBe(0);
  });
});
