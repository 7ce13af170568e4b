import { describe, expect, test } from 'vitest';
import { formatNumber, simulate, surfaces } from '../../src/core';
import { derive } from '../../src/state/derive';
import { defaultSettings } from '../../src/state/settings';
import { downhillWords, hikersWords, hikerWords, pointWords, valleySummary } from '../../src/state/valleyWords';

describe('the valley in words', () => {
  test('downhill is −∇f, in directions a listener pictures', () => {
    expect(downhillWords([2])).toBe('downhill is to the left');
    expect(downhillWords([-2])).toBe('downhill is to the right');
    expect(downhillWords([0])).toBe('the ground is flat here');
    expect(downhillWords([-1, 0.05])).toBe('downhill is to the right');
    expect(downhillWords([0.05, 1])).toBe('downhill is down');
    expect(downhillWords([-1, -1])).toBe('downhill is to the right and up');
    expect(downhillWords([-1, 0.4])).toBe('downhill is to the right and a little down');
  });

  test('a point uses the valley’s own names and true minus signs', () => {
    expect(pointWords(surfaces['fit-line']!, [1.5, -0.25])).toBe('w 1.5, b −0.25');
  });

  test('a coordinate a hundred-thousandth of the box from 0 is said as 0, not in powers of ten', () => {
    const quadratic = surfaces.quadratic!;
    expect(pointWords(quadratic, [1e-3, -4.9e-11])).toBe('x 0.001, y 0');
    expect(pointWords(quadratic, [-2e-6, 0.5])).toBe('x 0, y 0.5');
  });

  test('the hiker’s words carry its loss, as data-loss does, and the overshoot of its last step', () => {
    const run = simulate({ surface: 'parabola', lr: 1.8, start: [3] });
    const words = hikerWords(surfaces.parabola!, run, 1, run.stoppedAt);
    expect(words).toContain(`the loss is ${formatNumber(run.losses[1]!, 3)}`);
    expect(words).toContain('The last step overshot: it crossed the bottom');
    expect(words).toContain(`Step 1 of ${run.stoppedAt}.`);
    expect(words).toMatch(/from the lowest point/);
    expect(hikerWords(surfaces.parabola!, run, run.stoppedAt, run.stoppedAt)).toMatch(/The run has ended: the loss fell below/);
  });

  test('the summary says what the valley is, where its bottom is, and who walks it', () => {
    const derived = derive({ ...defaultSettings, surface: 'quadratic', lr: 0.3 });
    const summary = valleySummary(derived.settings, derived.surface, derived.specs, 0, derived.runs[0]!);
    expect(summary).toMatch(/^Quadratic bowl, a 2-D valley\. Its lowest point is at x 0, y 0, where the loss is 0\. Gradient descent with learning rate η = 0\.3\. The hiker starts at x −2\.5, y 1\.5/);
    const fan = derive({ ...defaultSettings, surface: 'parabola', mode: 'fan', fanCount: 3 });
    expect(valleySummary(fan.settings, fan.surface, fan.specs, fan.primary, fan.runs[fan.primary]!)).toMatch(/A fan of 3 hikers with Gradient descent, at learning rates from 0\.03 to 3/);
  });

  test('with several hikers, the description follows each one, not the followed one alone', () => {
    const fan = derive({ ...defaultSettings, surface: 'parabola', mode: 'fan', fanRates: [0.02, 0.5, 2.5], steps: 100 });
    const wild = fan.runs[2]!;
    const words = hikersWords(fan.specs, fan.runs, wild.stoppedAt + 1);
    expect(words).toMatch(/^Each hiker: η = 0\.02 at loss [\d.]+; η = 0\.5 (at loss [\d.]+|converged at step \d+); η = 2\.5 diverged after step \d+\.$/);
    expect(words).toContain(`η = 2.5 diverged after step ${wild.stoppedAt}`);
    expect(hikersWords(fan.specs, fan.runs, 0)).toBe('');
    const lone = derive({ ...defaultSettings, surface: 'parabola' });
    expect(hikersWords(lone.specs, lone.runs, 3)).toBe('');
  });
});
