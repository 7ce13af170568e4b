import { describe, expect, test } from 'vitest';
import { runThreshold } from '../../src/core';
import { ThresholdBeats, initialLesson } from '../../src/lesson/thresholdBeats';

const lesson = new ThresholdBeats(runThreshold());

describe('ThresholdBeats', () => {
  test('two beats per example (ask, reveal), then the end', () => {
    expect(lesson.beats).toHaveLength(11);
    expect(lesson.beats.map((b) => b.kind).join(' ')).toBe('ask reveal ask reveal ask reveal ask reveal ask reveal end');
  });

  test('t shows before an example while asking, after it once revealed, and the final one at the end', () => {
    const at = (beat: number) => lesson.threshold(lesson.go(initialLesson, beat));
    // 2 NO (right, t 3), 7 YES (right), 4 NO (wrong: said YES, t 4), 9 YES, 3 NO.
    expect([0, 1, 2, 3, 4, 5].map(at)).toEqual([3, 3, 3, 3, 3, 4]);
    expect(at(10)).toBe(lesson.run.final);
  });

  test('a guess at an ask beat reveals the example and remembers it; elsewhere it does nothing', () => {
    const guessed = lesson.guess(initialLesson, true);
    expect(guessed.beat).toBe(1);
    expect(guessed.guesses.get(0)).toBe(true);
    expect(lesson.text(guessed).feedback).toEqual({ right: false, text: 'You guessed YES; the model said NO.' });
    expect(lesson.guess(guessed, false)).toBe(guessed);
  });

  test('playing ticks one beat at a time and stops at the end; a move by hand stops it', () => {
    let state = lesson.play(initialLesson);
    expect(lesson.status(state)).toBe('playing');
    for (let k = 0; k < 20; k++) state = lesson.tick(state);
    expect(state).toMatchObject({ beat: lesson.last, playing: false });
    expect(lesson.status(state)).toBe('done');
    expect(lesson.play(state)).toMatchObject({ beat: 0, playing: true });
    expect(lesson.go(lesson.play(initialLesson), 3)).toMatchObject({ beat: 3, playing: false });
    expect(lesson.tick(initialLesson)).toBe(initialLesson);
  });

  test('go clamps to the beats; status is idle only at the first beat', () => {
    expect(lesson.go(initialLesson, -4).beat).toBe(0);
    expect(lesson.go(initialLesson, 99).beat).toBe(lesson.last);
    expect(lesson.status(initialLesson)).toBe('idle');
    expect(lesson.status(lesson.go(initialLesson, 2))).toBe('paused');
  });

  test('examples show as current, seen (answer revealed) or ahead', () => {
    const reveal2 = lesson.go(initialLesson, 3);
    expect([0, 1, 2].map((i) => lesson.exampleState(reveal2, i))).toEqual(['seen', 'current', 'ahead']);
    expect([0, 1, 2].map((i) => lesson.revealed(reveal2, i))).toEqual([true, true, false]);
    const end = lesson.go(initialLesson, lesson.last);
    expect(lesson.run.steps.map((_, i) => lesson.exampleState(end, i))).toEqual(['seen', 'seen', 'seen', 'seen', 'seen']);
  });

  test('the words of a reveal name the comparison and the adjustment', () => {
    const text = lesson.text(lesson.go(initialLesson, 5));
    expect(text.title).toBe('Example 3 of 5: the number 4');
    expect(text.steps).toEqual([
      ['Predict', '4 > 3, so the model says YES.'],
      ['Compare', 'the true answer is NO.'],
      ['Loss', 'one mistake.'],
      ['Adjust', 'Wrong: it said YES to a NO, so t moves up by 1 to 4.'],
    ]);
    const end = lesson.text(lesson.go(initialLesson, lesson.last));
    expect(end.paragraphs[0]).toBe(`The threshold ended at t = ${lesson.run.final}. With it, the rule gets ${lesson.run.correctAfter} of the 5 examples right.`);
  });
});
