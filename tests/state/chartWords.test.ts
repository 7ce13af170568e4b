import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/core';
import { derive } from '../../src/state/derive';
import { crossedAt, lossSummary, riseAt, runSentence, sweepSummary } from '../../src/state/chartWords';
import { defaultSettings } from '../../src/state/settings';
import { sweepRequest } from '../../src/state/sweep';
import { runSweep } from '../../src/state/sweepRun';

describe('charts in a sentence', () => {
  test('a smooth descent, a bouncing one, a rising one, a diverging one', () => {
    expect(runSentence(simulate({ surface: 'parabola', lr: 0.5, start: [3] }))).toBe('The loss fell from 4.5 to 0.000069 in 8 steps.');
    expect(runSentence(simulate({ surface: 'parabola', lr: 1.8, start: [3] }))).toMatch(/^The loss fell from 4\.5 to .* in 25 steps, overshooting the bottom 25 times but landing lower each time\.$/);
    const rising = simulate({ surface: 'parabola', lr: 2.1, start: [3], steps: 6, stop: false });
    expect(runSentence(rising)).toBe('The loss rose from 4.5 to 14 in 6 steps, overshooting the bottom 6 times and landing higher each time, and was still going when its steps ran out.');
    expect(runSentence(simulate({ surface: 'parabola', lr: 2.5, start: [3] }))).toMatch(/growing as each step overshot further: the run diverged\.$/);
    expect(runSentence(simulate({ surface: 'parabola', lr: 0.001, start: [3], steps: 10 }))).toMatch(/and was still going when its steps ran out\.$/);
  });

  test('a rise is called an overshoot only where the step overshot; with one example per step, it is the sampling', () => {
    const stochastic = simulate({ surface: 'fit-line', lr: 0.05, sampling: 'stochastic', stop: { epochs: 10 } });
    const rises = stochastic.losses.filter((v, k) => k > 0 && v > stochastic.losses[k - 1]!).length;
    expect(rises).toBeGreaterThan(0);
    expect(riseAt(stochastic, stochastic.losses.findIndex((v, k) => k > 0 && v > stochastic.losses[k - 1]!))).toBe('one-example');
    const sentence = runSentence(stochastic);
    expect(sentence).toContain(`, rising ${rises} times because each step sees only one example, not the whole dataset`);
    expect(sentence).not.toMatch(/overshot|overshooting/);
    // With the whole dataset per step, a rise is an overshoot only if the step crossed the bottom; noise pushes others uphill.
    expect(riseAt(simulate({ surface: 'parabola', lr: 1.8, start: [3] }), 1)).toBeUndefined();
    const noisy = simulate({ surface: 'parabola', lr: 0.1, start: [3], noise: 3, steps: 40, stop: false });
    const causes = noisy.losses.map((_, k) => riseAt(noisy, k));
    const pushed = causes.filter((c) => c === 'noise').length;
    expect(pushed).toBeGreaterThan(0);
    expect(runSentence(noisy)).toContain(`rising ${pushed} times where the noise in the gradient pushed it uphill`);
    for (const [k, cause] of causes.entries()) if (cause === 'noise') expect(crossedAt(noisy, k)).toBe(false);
  });

  test('several runs: how they all ended, and the followed one', () => {
    const d = derive({ ...defaultSettings, surface: 'parabola', mode: 'fan', fanRates: [0.1, 0.5, 2.5] });
    expect(lossSummary(d.runs, d.specs, 1)).toMatch(/^3 runs: 2 converged, 1 diverged\. For η = 0\.5: the loss fell/);
  });

  test('the sweep: which rates converge, where divergence starts, and the lowest loss', () => {
    const request = sweepRequest({ surface: 'parabola', lr: 0.1, start: [3], steps: 300 }, '');
    const text = sweepSummary(runSweep(request.input, request.rates));
    expect(text).toMatch(/^300 rates from 0\.0001 to 10: \d+ converge, from η = [\d.]+ to [\d.]+; \d+ diverge, the first at η = 2(\.\d+)?\. The lowest loss, .*, is at η = /);
    expect(sweepSummary([])).toBe('The rate sweep is being worked out.');
  });
});
