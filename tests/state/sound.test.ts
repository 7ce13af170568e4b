import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/core';
import { PITCH, pitchOf, runNotes, stepNote, traceNotes } from '../../src/state/sound';

describe('sound', () => {
  test('pitch follows the loss on a log scale, two octaves', () => {
    expect(pitchOf(1e-4, 1e-4, 1)).toBeCloseTo(PITCH.low, 9);
    expect(pitchOf(1, 1e-4, 1)).toBeCloseTo(PITCH.high, 9);
    expect(pitchOf(1e-2, 1e-4, 1)).toBeCloseTo(440, 9);
    expect(pitchOf(-2, -4, 0)).toBeCloseTo(440, 9);
    expect(pitchOf(5, 5, 5)).toBeCloseTo(440, 9);
  });

  test('a run is one note a step, falling as the loss falls; overshoots are marked', () => {
    const run = simulate({ surface: 'parabola', lr: 1.8, start: [3] });
    const notes = runNotes(run);
    expect(notes).toHaveLength(run.stoppedAt + 1);
    expect(notes[0]!.frequency).toBeCloseTo(PITCH.high, 9);
    expect(notes.at(-1)!.frequency).toBeCloseTo(PITCH.low, 9);
    expect(notes.filter((n) => n.kind === 'overshoot')).toHaveLength(run.stoppedAt);
    expect(stepNote(run, 3)).toEqual(notes[3]);
  });

  test('a diverged run ends on its own cue; a long run is heard at most 64 notes', () => {
    const diverged = runNotes(simulate({ surface: 'parabola', lr: 2.5, start: [3] }));
    expect(diverged.at(-1)!.kind).toBe('diverge');
    const long = runNotes(simulate({ surface: 'parabola', lr: 0.005, start: [3], steps: 1000, stop: false }));
    expect(long).toHaveLength(64);
    expect(long[0]!.step).toBe(0);
    expect(long.at(-1)!.step).toBe(1000);
  });

  test('the trace of a curve: low in the valley, high on its walls, the hiker found', () => {
    const xs = Array.from({ length: 201 }, (_, i) => -4 + i * 0.04);
    const { notes, hiker } = traceNotes(xs, xs.map((x) => x * x), 3, 49);
    expect(notes[24]).toBeLessThan(notes[0]!);
    expect(notes[0]).toBeCloseTo(notes[48]!, 6);
    expect(hiker).toBe(42);
  });
});
