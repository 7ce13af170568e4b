import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/core';
import { derive } from '../../src/state/derive';
import { lossSummary, runSentence, sweepSummary } from '../../src/state/chartWords';
import { defaultSettings } from '../../src/state/settings';
import { runSweep, sweepRequest } from '../../src/state/sweep';

describe('charts in a sentence', () => {
  test('a smooth descent, a bouncing one, a rising one, a diverging one', () => {
    expect(runSentence(simulate({ surface: 'parabola', lr: 0.5, start: [3] }))).toBe('The loss fell from 4.5 to 0.000069 in 8 steps.');
    expect(runSentence(simulate({ surface: 'parabola', lr: 1.8, start: [3] }))).toMatch(/^The loss fell from 4\.5 to .* in 25 steps, overshooting the bottom 25 times but landing lower each time\.$/);
    expect(runSentence(simulate({ surface: 'quadratic', lr: 0.45 }))).toMatch(/, rising \d+ times when steps overshot\.$|overshooting the bottom/);
    expect(runSentence(simulate({ surface: 'parabola', lr: 2.5, start: [3] }))).toMatch(/growing as each step overshot further: the run diverged\.$/);
    expect(runSentence(simulate({ surface: 'parabola', lr: 0.001, start: [3], steps: 10 }))).toMatch(/and was still going when its steps ran out\.$/);
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
