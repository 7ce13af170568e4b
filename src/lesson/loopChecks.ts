import { formatValue as f, type Run } from '../core';
import { divergedWhen } from '../state/statusText';

/**
 * The lesson's three questions as checks a learner answers by doing something in the playground.
 * Pure: each takes what the playground shows and returns whether it is answered, and what to say.
 */

/** A blank of the fill-in sentence, its right word, and what to say for a wrong one. */
export interface Blank {
  readonly answer: string;
  readonly hint: string;
}

/** "Each iteration, the model makes a ___, it is compared with the correct answer, the ___ measures how wrong it was, and the parameters are ___." */
export const FILL_IN: readonly (string | Blank)[] = [
  'Each iteration, the model makes a ',
  { answer: 'prediction', hint: 'What does step 1 of the walk-through produce from an input?' },
  ', it is compared with the correct answer, the ',
  { answer: 'loss', hint: 'Which number of step 3 scores how wrong the guess was?' },
  ' measures how wrong it was, and the parameters are ',
  { answer: 'adjusted', hint: 'What does step 4 do to w and b?' },
  '.',
];

/** The words offered in every blank. */
export const FILL_IN_WORDS = ['prediction', 'gradient', 'loss', 'epoch', 'adjusted', 'learning rate', 'deleted'] as const;

export type Verdict = 'right' | 'wrong' | 'empty';

/** How each blank is answered. */
export function gradeFillIn(answers: readonly (string | undefined)[]): Verdict[] {
  const blanks = FILL_IN.filter((part): part is Blank => typeof part !== 'string');
  return blanks.map((blank, i) => (!answers[i] ? 'empty' : answers[i] === blank.answer ? 'right' : 'wrong'));
}

/** A multiple-choice question that follows a task: each option says why it is right or not. */
export interface Choice {
  readonly text: string;
  readonly right: boolean;
  readonly feedback: string;
}

export const LOSS_QUESTION = 'So what is the loss for?';
export const LOSS_CHOICES: readonly Choice[] = [
  { text: 'It sets how far each step moves the parameters.', right: false, feedback: 'That is the learning rate. The loss is what the steps try to make small.' },
  { text: 'It measures how wrong the predictions are, so the loop knows which way to adjust.', right: true, feedback: 'Right: one number for how wrong the model is. Its slope tells the loop which way to move w and b.' },
  { text: 'It counts the passes over the training data.', right: false, feedback: 'Those are epochs. The loss scores the guesses, whatever pass the loop is on.' },
];

export const RATE_QUESTION = 'What happens when the learning rate is too high?';
export const RATE_CHOICES: readonly Choice[] = [
  { text: 'Learning is slow but steady.', right: false, feedback: 'That is a rate too small: tiny steps, a long walk.' },
  { text: 'Steps overshoot the bottom, so the loss bounces around or grows.', right: true, feedback: 'Right: each step jumps past the minimum, further than the last when the rate is large enough.' },
  { text: 'The model memorises the examples instead of the pattern.', right: false, feedback: 'That is overfitting, which comes from training too long on the same data, not from the rate.' },
];

/** A task done in the playground: whether it is done, and what to say about it. */
export interface TaskState {
  readonly done: boolean;
  readonly message: string;
}

/** The loss a learner must get below by placing the hiker, on the fit-line valley. */
export const LOSS_TARGET = 0.5;

/**
 * Question 2's task: put the hiker where the line fits the points, so that the loss at the start
 * (before any step) is below {@link LOSS_TARGET}.
 */
export function lossTask(surfaceId: string, startLoss: number): TaskState {
  if (surfaceId !== 'fit-line') return { done: false, message: 'This task needs the “Fit a line to data” valley: choose it in the panel.' };
  if (startLoss < LOSS_TARGET) {
    return { done: true, message: `Done: your line scores a loss of ${f(startLoss)}. The closer it passes to the points, the smaller the loss.` };
  }
  return { done: false, message: `The loss at your start is ${f(startLoss)}. Move the hiker until the line runs through the points.` };
}

/** How many of a run's first steps raised the loss. */
export function risesIn(losses: readonly number[], steps: number): number {
  let rises = 0;
  for (let k = 1; k <= Math.min(steps, losses.length - 1); k++) if ((losses[k] as number) > (losses[k - 1] as number)) rises += 1;
  return rises;
}

/**
 * Question 3's task: watch a rate that is too high. Done once the learner has watched at least
 * `watched` steps of a run that diverges or whose rate is past the critical one (where steps
 * overshoot by more each time).
 */
export function rateTask(run: Pick<Run, 'lr' | 'status' | 'stoppedAt' | 'losses'>, criticalLr: number | undefined, shownStep: number, watched = 3): TaskState {
  const tooHigh = run.status === 'diverged' || (criticalLr !== undefined && run.lr > criticalLr);
  if (!tooHigh) {
    const where = criticalLr === undefined ? '' : ` (past about ${f(criticalLr)} here)`;
    return { done: false, message: `At η = ${f(run.lr)} the hiker still settles. Raise the learning rate${where} and press Play.` };
  }
  if (shownStep < Math.min(watched, run.stoppedAt)) return { done: false, message: `η = ${f(run.lr)} is too high. Press Play and watch the hiker.` };
  if (run.status === 'diverged') {
    return { done: true, message: `Done: at η = ${f(run.lr)} each step overshot further than the last, and the run diverged ${divergedWhen(run.stoppedAt)}.` };
  }
  const first = Math.min(20, run.stoppedAt);
  return { done: true, message: `Done: at η = ${f(run.lr)} the steps jump past the bottom; the loss went up on ${risesIn(run.losses, first)} of the first ${first} steps.` };
}
