/**
 * The lesson's hand simulation: a one-parameter model that answers YES when a number is greater
 * than a threshold t. On each mistake t moves by a fixed step toward the right side: up when it
 * said YES to a NO, down when it said NO to a YES. The training loop at its smallest.
 */

/** One labelled example: a number and whether the true answer is YES. */
export interface ThresholdExample {
  readonly input: number;
  readonly yes: boolean;
}

/** One turn of the loop on one example, with t before and after. */
export interface ThresholdStep {
  readonly example: ThresholdExample;
  /** The threshold the model predicts with. */
  readonly before: number;
  /** The model's guess: YES when the input is greater than `before`. */
  readonly prediction: boolean;
  readonly correct: boolean;
  /** The threshold after the adjustment (the same when the guess was right). */
  readonly after: number;
}

export interface ThresholdRun {
  readonly steps: readonly ThresholdStep[];
  readonly start: number;
  /** The threshold after the last example. */
  readonly final: number;
  /** How many of the examples the final rule gets right. */
  readonly correctAfter: number;
}

/** The lesson's five examples, in order: 2 NO, 7 YES, 4 NO, 9 YES, 3 NO. */
export const THRESHOLD_EXAMPLES: readonly ThresholdExample[] = Object.freeze([
  { input: 2, yes: false },
  { input: 7, yes: true },
  { input: 4, yes: false },
  { input: 9, yes: true },
  { input: 3, yes: false },
]);

/** The rule's answer for `input` with threshold `t`. */
export const predictThreshold = (t: number, input: number): boolean => input > t;

/** Runs the loop once over `examples` from threshold `start`, moving it by `step` on each mistake. */
export function runThreshold(examples: readonly ThresholdExample[] = THRESHOLD_EXAMPLES, start = 3, step = 1): ThresholdRun {
  let t = start;
  const steps: ThresholdStep[] = [];
  for (const example of examples) {
    const prediction = predictThreshold(t, example.input);
    const correct = prediction === example.yes;
    const after = correct ? t : prediction ? t + step : t - step;
    steps.push({ example, before: t, prediction, correct, after });
    t = after;
  }
  const correctAfter = examples.filter((e) => predictThreshold(t, e.input) === e.yes).length;
  return { steps, start, final: t, correctAfter };
}
