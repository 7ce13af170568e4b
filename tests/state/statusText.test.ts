import { describe, expect, test } from 'vitest';
import { formatReadable, simulate, type Run } from '../../src/core';
import { derive } from '../../src/state/derive';
import { defaultSettings } from '../../src/state/settings';
import { bannerText, describeStatus, hikerLines, runOutcome } from '../../src/state/statusText';

describe('describeStatus', () => {
  const diverged = simulate({ surface: 'parabola', lr: 2.5, start: [3] });
  const converged = simulate({ surface: 'parabola', lr: 0.5, start: [3] });
  const bouncing = simulate({ surface: 'parabola', lr: 2.5, start: [3], steps: 3 });

  test('diverged says so, with the step where it diverged and why', () => {
    const text = describeStatus('diverged', diverged, diverged.stoppedAt);
    // Numbered as the timeline is: the run ends at its last finite point, step 38 was refused.
    expect(text.headline).toBe(`Diverged after step ${diverged.stoppedAt}`);
    expect(text.detail).toContain(`Step ${diverged.stoppedAt + 1} would have pushed the loss past 4.5 × 10⁶, a million times its loss at the start, so the run ends at step ${diverged.stoppedAt}.`);
    expect(text.detail).toMatch(/too large/);
    expect(bannerText('diverged', diverged)).toBe(`Diverged after step ${diverged.stoppedAt}: the steps grew too large`);
    expect(describeStatus('idle', diverged, 0).detail).toContain(`it diverges after step ${diverged.stoppedAt}.`);
  });

  test('converged gives the run’s stop reason', () => {
    expect(describeStatus('converged', converged, converged.stoppedAt).detail).toBe(`The loss fell below 0.0001 at step ${converged.stoppedAt}.`);
  });

  test('while walking, an overshoot that raises the loss is named', () => {
    expect(describeStatus('playing', bouncing, 1).detail).toBe('The loss went up, from 4.5 to 10.13: that step overshot, crossing the bottom and landing higher.');
    // An overshoot that still lowers the loss is not a rise.
    const falling = simulate({ surface: 'parabola', lr: 1.8, start: [3] });
    expect(describeStatus('playing', falling, 1).detail).toBe('The loss fell from 4.5 to 2.88; that step overshot, crossing the bottom to the other side.');
    expect(describeStatus('playing', converged, 1).detail).toMatch(/^The loss fell from 4.5 to 1.125\.$/);
  });

  test('idle invites the learner to start', () => {
    expect(describeStatus('idle', converged, 0).headline).toBe('Ready');
    expect(bannerText('idle', converged)).toBe('');
  });
});

describe('every hiker of a fan or a race, a short line each', () => {
  const fan = derive({ ...defaultSettings, surface: 'parabola', mode: 'fan', fanRates: [0.02, 0.5, 2.5], steps: 100 });
  const [slow, good, wild] = fan.runs as [Run, Run, Run];

  test('runOutcome says how one run ended, numbered as its timeline', () => {
    expect(runOutcome(good)).toBe(`converged at step ${good.stoppedAt}`);
    expect(runOutcome(wild)).toBe(`diverged after step ${wild.stoppedAt}`);
    expect(runOutcome(slow)).toBe(`ran out of steps at loss ${formatReadable(slow.losses[100]!, 2)}`);
  });

  test('hikerLines: how each has ended by the group’s step, or its loss there', () => {
    const step = Math.max(good.stoppedAt, wild.stoppedAt);
    expect(hikerLines(fan.specs, fan.runs, step)).toEqual([
      `η = 0.02 at loss ${formatReadable(slow.losses[step]!, 2)}`,
      `η = 0.5 converged at step ${good.stoppedAt}`,
      `η = 2.5 diverged after step ${wild.stoppedAt}`,
    ]);
  });
});
