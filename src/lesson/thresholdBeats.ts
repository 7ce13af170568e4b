import type { ThresholdRun, ThresholdStep } from '../core';

/**
 * A beat of the hand simulation: before an example (the learner may guess the model's answer),
 * after it (predict, compare, adjust, with this example's numbers), or the end.
 */
export type Beat = { readonly kind: 'ask'; readonly index: number } | { readonly kind: 'reveal'; readonly index: number } | { readonly kind: 'end' };

/** Where the learner is: the beat, the guesses made so far (by example), and whether it plays by itself. */
export interface LessonState {
  readonly beat: number;
  readonly guesses: ReadonlyMap<number, boolean>;
  readonly playing: boolean;
}

export const initialLesson: LessonState = { beat: 0, guesses: new Map(), playing: false };

/** Every beat of a run: ask and reveal for each example, then the end. */
export function beatsOf(run: ThresholdRun): Beat[] {
  return [...run.steps.flatMap((_, index): Beat[] => [{ kind: 'ask', index }, { kind: 'reveal', index }]), { kind: 'end' }];
}

/**
 * The beat machine of the lesson, pure: each move returns the next state. Moving by hand stops the
 * lesson playing by itself; a tick moves it on while it plays, and stops at the end.
 */
export class ThresholdBeats {
  readonly beats: readonly Beat[];

  constructor(readonly run: ThresholdRun) {
    this.beats = beatsOf(run);
  }

  get last(): number {
    return this.beats.length - 1;
  }

  /** To beat `to` (clamped), by hand. */
  go(state: LessonState, to: number): LessonState {
    return { ...state, beat: Math.min(this.last, Math.max(0, to)), playing: false };
  }

  /** The learner guesses the model's answer at an ask beat, and sees it revealed. */
  guess(state: LessonState, yes: boolean): LessonState {
    const current = this.beats[state.beat];
    if (current?.kind !== 'ask') return state;
    return { ...this.go(state, state.beat + 1), guesses: new Map(state.guesses).set(current.index, yes) };
  }

  /** Starts playing by itself, from the start if at the end. */
  play(state: LessonState): LessonState {
    return { ...state, beat: state.beat >= this.last ? 0 : state.beat, playing: true };
  }

  pause(state: LessonState): LessonState {
    return { ...state, playing: false };
  }

  /** One beat on while playing; playing stops on the last beat. */
  tick(state: LessonState): LessonState {
    if (!state.playing) return state;
    const beat = Math.min(this.last, state.beat + 1);
    return { ...state, beat, playing: beat < this.last };
  }

  /** Back to the first beat, guesses forgotten. */
  restart(): LessonState {
    return initialLesson;
  }

  /** t as the learner sees it at this beat: before the current example, or after it once revealed. */
  threshold(state: LessonState): number {
    const current = this.beats[state.beat]!;
    if (current.kind === 'end') return this.run.final;
    const step = this.run.steps[current.index] as ThresholdStep;
    return current.kind === 'ask' ? step.before : step.after;
  }

  /** `data-status` of the lesson: `idle` at the first beat, `playing`, `paused`, or `done` at the end. */
  status(state: LessonState): 'idle' | 'playing' | 'paused' | 'done' {
    if (this.beats[state.beat]?.kind === 'end') return 'done';
    if (state.playing) return 'playing';
    return state.beat === 0 ? 'idle' : 'paused';
  }

  /** Which example the beat is about (the number of examples at the end), and whether it is revealed. */
  private at(state: LessonState): { index: number; revealed: boolean; end: boolean } {
    const current = this.beats[state.beat]!;
    if (current.kind === 'end') return { index: this.run.steps.length, revealed: true, end: true };
    return { index: current.index, revealed: current.kind === 'reveal', end: false };
  }

  /** Whether example i's true answer shows at this beat (it has been revealed). */
  revealed(state: LessonState, i: number): boolean {
    const { index, revealed } = this.at(state);
    return i < index || (i === index && revealed);
  }

  /** How example i shows at this beat: the one being asked or revealed, one already seen, or one ahead. */
  exampleState(state: LessonState, i: number): 'current' | 'seen' | 'ahead' {
    const { index, end } = this.at(state);
    if (i === index && !end) return 'current';
    return this.revealed(state, i) ? 'seen' : 'ahead';
  }

  /** What the beat says, in words. */
  text(state: LessonState): BeatText {
    const current = this.beats[state.beat]!;
    const { run } = this;
    if (current.kind === 'end') {
      const mistakes = run.steps.filter((s) => !s.correct).length;
      return {
        kind: 'end',
        title: 'One pass over the data: done',
        paragraphs: [
          `The threshold ended at t = ${run.final}. With it, the rule gets ${run.correctAfter} of the ${run.steps.length} examples right.`,
          `While it learned, it made ${mistakes} mistake${mistakes === 1 ? '' : 's'}; each one moved t toward the right answer. Predict, find the error, adjust, repeat: that is the whole training loop.`,
        ],
      };
    }
    const step = run.steps[current.index] as ThresholdStep;
    const { input, yes } = step.example;
    const title = `Example ${current.index + 1} of ${run.steps.length}: the number ${input}`;
    if (current.kind === 'ask') {
      return { kind: 'ask', title, paragraphs: [`The rule says YES when the number is greater than t = ${step.before}. What will the model answer for ${input}?`] };
    }
    const compare = input > step.before ? `${input} > ${step.before}` : `${input} ≤ ${step.before}`;
    const adjust = step.correct
      ? `Right, so nothing changes: t stays ${step.after}.`
      : `Wrong: it said ${yesNo(step.prediction)} to a ${yesNo(yes)}, so t moves ${step.after > step.before ? 'up' : 'down'} by 1 to ${step.after}.`;
    const guessed = state.guesses.get(current.index);
    return {
      kind: 'reveal',
      title,
      paragraphs: [],
      steps: [
        ['Predict', `${compare}, so the model says ${yesNo(step.prediction)}.`],
        ['Compare', `the true answer is ${yesNo(yes)}.`],
        ['Loss', step.correct ? 'no mistake.' : 'one mistake.'],
        ['Adjust', adjust],
      ],
      ...(guessed === undefined
        ? {}
        : { feedback: { right: guessed === step.prediction, text: guessed === step.prediction ? 'You guessed the model’s answer.' : `You guessed ${yesNo(guessed)}; the model said ${yesNo(step.prediction)}.` } }),
    };
  }
}

export const yesNo = (yes: boolean): string => (yes ? 'YES' : 'NO');

/** What a beat says: a title, paragraphs, and after an example its four steps and the learner's guess. */
export interface BeatText {
  readonly kind: Beat['kind'];
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly steps?: readonly (readonly [string, string])[];
  readonly feedback?: { readonly right: boolean; readonly text: string };
}
