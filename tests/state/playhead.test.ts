import { describe, expect, test } from 'vitest';
import { advance, clampTo, initialPlayhead, pause, play, shownPosition, statusOf, stepBy, stepOf } from '../../src/state/playhead';

describe('the playhead', () => {
  test('advance moves at stepsPerSecond and stops at the last step', () => {
    let p = play(initialPlayhead, 10);
    p = advance(p, 250, 8, 10);
    expect(p.position).toBe(2);
    expect(p.playing).toBe(true);
    p = advance(p, 5000, 8, 10);
    expect(p).toMatchObject({ position: 10, playing: false });
  });

  test('advance never moves back, whatever time it is given', () => {
    let p = play(initialPlayhead, 10);
    p = advance(p, 250, 8, 10);
    expect(advance(p, -16, 8, 10).position).toBe(p.position);
    expect(stepOf(advance(play(initialPlayhead, 10), -5, 8, 10))).toBe(0);
  });

  test('advance does nothing while paused', () => {
    expect(advance(initialPlayhead, 1000, 8, 10)).toBe(initialPlayhead);
  });

  test('statusOf: idle before the first play, then playing, paused, and the run status at the end', () => {
    expect(statusOf(initialPlayhead, 10, 'converged')).toBe('idle');
    const playing = play(initialPlayhead, 10);
    expect(statusOf(playing, 10, 'converged')).toBe('playing');
    expect(statusOf(pause(advance(playing, 100, 10, 10)), 10, 'converged')).toBe('paused');
    expect(statusOf(advance(playing, 5000, 10, 10), 10, 'diverged')).toBe('diverged');
  });

  test('play from the end starts over; a run of no steps does not play', () => {
    expect(play({ position: 10, playing: false, started: true }, 10).position).toBe(0);
    expect(play(initialPlayhead, 0)).toMatchObject({ playing: false, started: true });
  });

  test('stepBy lands on whole steps, within the run', () => {
    expect(stepBy({ position: 2.4, playing: true, started: true }, 1, 10)).toEqual({ position: 3, playing: false, started: true });
    expect(stepBy({ position: 2.4, playing: false, started: true }, -1, 10).position).toBe(2);
    expect(stepBy({ position: 10, playing: false, started: true }, 1, 10).position).toBe(10);
    expect(stepBy(initialPlayhead, -1, 10).position).toBe(0);
  });

  test('clampTo keeps the step on a longer run and stops at the end of a shorter one', () => {
    const p = { position: 7.5, playing: true, started: true };
    expect(clampTo(p, 20)).toBe(p);
    expect(clampTo(p, 5)).toEqual({ position: 5, playing: false, started: true });
  });

  test('reduced motion shows whole steps only', () => {
    expect(shownPosition({ position: 3.7, playing: true, started: true }, true)).toBe(3);
    expect(shownPosition({ position: 3.7, playing: true, started: true }, false)).toBe(3.7);
    expect(stepOf({ position: 2.99, playing: true, started: true })).toBe(2);
    // Rounding error just below a whole step counts as that step.
    expect(stepOf({ position: 2.9999999999, playing: true, started: true })).toBe(3);
  });
});
