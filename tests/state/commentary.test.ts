import { describe, expect, test } from 'vitest';
import { formatReadable, overshotAt, runEvents, simulate, type Run } from '../../src/core';
import { crossedAt } from '../../src/state/chartWords';
import { Commentary, overshootWords, PROGRESS_MS, stepWords, type CommentaryFrame } from '../../src/state/commentary';
import type { PlayStatus } from '../../src/state/playhead';

/** A run played through at `stepsPerSecond`, frame by frame at 60 frames a second, and what the commentary said. */
function playThrough(run: Run, stepsPerSecond: number): { words: string[]; frames: number } {
  const commentary = new Commentary();
  const runs = [run];
  const events = runEvents(run);
  const frame = (status: PlayStatus, step: number): CommentaryFrame => ({ runs, status, step, hikerStep: Math.min(step, run.stoppedAt), run, events, ending: `Ended at step ${run.stoppedAt}`, start: 'x 3' });
  const words: string[] = [];
  const hear = (f: CommentaryFrame, t: number): void => {
    const said = commentary.hear(f, t);
    if (said) words.push(said);
  };
  hear(frame('idle', 0), 0);
  let t = 0;
  let frames = 0;
  for (let position = 0; position < run.stoppedAt; position += stepsPerSecond / 60) {
    t += 1000 / 60;
    frames++;
    hear(frame('playing', Math.floor(position)), t);
  }
  hear(frame(run.status, run.stoppedAt), t + 16);
  hear(frame(run.status, run.stoppedAt), t + 32);
  return { words, frames };
}

const f = (v: number): string => formatReadable(v, 3);

describe('Commentary', () => {
  test('a short run: the start and the end, once each', () => {
    const { words } = playThrough(simulate({ surface: 'parabola', lr: 0.5, start: [3] }), 8);
    expect(words).toEqual(['Walking from the start, loss 4.5.', 'Ended at step 8.']);
  });

  test('an overshooting run names its first overshoot as it happens', () => {
    const { words } = playThrough(simulate({ surface: 'parabola', lr: 1.8, start: [3] }), 8);
    expect(words[0]).toMatch(/^Walking from the start/);
    // The loss fell at that overshoot (4.5 to 2.88): crossing the bottom is not a rise.
    expect(words[1]).toBe('Step 1 overshot: it crossed the bottom and landed on the other side, and the loss still fell, from 4.5 to 2.88.');
    expect(words.join(' ')).not.toMatch(/went up|rose|landed higher/);
    expect(words.at(-1)).toMatch(/^Ended at step/);
    expect(words.filter((w) => /overshot/.test(w))).toHaveLength(1);
  });

  test('overshootWords says "landed higher" only when the loss rose', () => {
    const rising = simulate({ surface: 'parabola', lr: 2.5, start: [3] });
    expect(overshootWords(rising, 1)).toBe('Step 1 overshot: it crossed the bottom and landed higher, and the loss rose from 4.5 to 10.1.');
    const falling = simulate({ surface: 'parabola', lr: 1.8, start: [3] });
    expect(overshootWords(falling, 1)).toMatch(/landed on the other side, and the loss still fell/);
    // A step that noise pushed uphill crossed no bottom.
    const noisy = simulate({ surface: 'parabola', lr: 0.1, start: [3], noise: 3, steps: 40, stop: false });
    const climb = noisy.losses.findIndex((v, k) => k > 0 && v > noisy.losses[k - 1]! && overshotAt(noisy, k) && !crossedAt(noisy, k));
    expect(climb).toBeGreaterThan(0);
    expect(overshootWords(noisy, climb)).toMatch(new RegExp(`^Step ${climb} set off uphill, pushed by the noise in the gradient; the loss went from`));
  });

  test('a diverging run says so when the loss starts to grow for good', () => {
    const { words } = playThrough(simulate({ surface: 'parabola', lr: 2.5, start: [3] }), 8);
    expect(words.some((w) => /only grows: the hiker is diverging/.test(w))).toBe(true);
    expect(words.at(-1)).toMatch(/^Ended/);
  });

  test('a group walking on after the followed hiker has stopped: its end, not a trend it no longer has', () => {
    const run = simulate({ surface: 'parabola', lr: 0.5, start: [3] });
    const commentary = new Commentary();
    const events = runEvents(run);
    const frame = (status: PlayStatus, step: number): CommentaryFrame => ({ runs: [run], status, step, hikerStep: Math.min(step, run.stoppedAt), run, events, ending: 'All stopped', start: 'x 3' });
    commentary.hear(frame('idle', 0), 0);
    commentary.hear(frame('playing', 0), 16);
    const later = run.stoppedAt + 20;
    const said = commentary.hear(frame('playing', later), 16 + PROGRESS_MS);
    expect(said).toBe(`Step ${later}; the followed hiker stopped at step ${run.stoppedAt}, loss ${f(run.losses[run.stoppedAt]!)}.`);
    expect(said).not.toMatch(/falling|rising/);
  });

  test('steps taken by hand are told, unless the timeline’s slider, which says them itself, has focus', () => {
    const run = simulate({ surface: 'parabola', lr: 1.8, start: [3] });
    const events = runEvents(run);
    const runs = [run];
    const frame = (step: number, scrubbing: boolean): CommentaryFrame => ({ runs, status: 'paused', step, hikerStep: step, run, events, ending: 'Ended', start: 'x 3', scrubbing });
    const told = new Commentary();
    told.hear(frame(0, false), 0);
    expect(told.hear(frame(1, false), 100)).toBe(`Step 1, ${stepWords(run, 1)}.`);
    expect(stepWords(run, 1)).toBe(`loss ${f(run.losses[1]!)}: that step overshot the bottom`);
    const quiet = new Commentary();
    quiet.hear(frame(0, true), 0);
    expect(quiet.hear(frame(1, true), 100)).toBeUndefined();
    expect(quiet.hear(frame(2, true), 200)).toBeUndefined();
  });

  test('a long run: progress no more than every few seconds, however fast it walks', () => {
    const run = simulate({ surface: 'parabola', lr: 0.005, start: [3], steps: 300, stop: false });
    const { words, frames } = playThrough(run, 40);
    const seconds = frames / 60;
    expect(words.length).toBeLessThanOrEqual(2 + Math.ceil((seconds * 1000) / PROGRESS_MS));
    expect(words.filter((w) => /^Step \d+, loss/.test(w)).length).toBeGreaterThanOrEqual(1);
  });

  test('steps taken by hand are answered at once; a moved start is told', () => {
    const run = simulate({ surface: 'parabola', lr: 1.8, start: [3] });
    const events = runEvents(run);
    const commentary = new Commentary();
    const same = [run];
    const frame = (status: PlayStatus, step: number, runs: readonly Run[] = same, start = 'x 3'): CommentaryFrame => ({ runs, status, step, hikerStep: step, run, events, ending: '', start });
    expect(commentary.hear(frame('idle', 0), 0)).toBeUndefined();
    expect(commentary.hear(frame('paused', 1), 10)).toBe('Step 1, loss 2.88: that step overshot the bottom.');
    expect(commentary.hear(frame('paused', 1), 20)).toBeUndefined();
    expect(commentary.hear(frame('idle', 0), 30)).toBe('Back at the start, loss 4.5.');
    expect(commentary.hear(frame('idle', 0, [simulate({ surface: 'parabola', lr: 1.8, start: [2] })], 'x 2'), 50)).toMatch(/^The hiker now starts at x 2, loss/);
  });
});
