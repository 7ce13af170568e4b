import { createRng } from './rng';

/** One training example: an input `x` and its true label `y`. */
export interface Example {
  readonly x: number;
  readonly y: number;
}

/** The seed of the shipped dataset; the same seed always gives the same points. */
export const LINE_DATA_SEED = 7;

/**
 * A dozen points scattered about the line y = 1.5·x + 0.5: inputs spread evenly over [−3, 3]
 * with a little jitter, labels with Gaussian noise (σ = 0.7). Inputs are centred on zero, so the
 * valley of (w, b) is a bowl rather than a narrow ravine.
 */
export function lineDataset(seed: number = LINE_DATA_SEED, count = 12): readonly Example[] {
  const rng = createRng(seed);
  const points: Example[] = [];
  for (let i = 0; i < count; i++) {
    const x = -3 + (6 * (i + 0.5)) / count + 0.3 * (rng.uniform() - 0.5);
    points.push({ x, y: 1.5 * x + 0.5 + 0.7 * rng.normal() });
  }
  return Object.freeze(points.map((p) => Object.freeze(p)));
}

/** The dataset the `fit-line` valley is made from. */
export const lineData: readonly Example[] = lineDataset();

/** The model's guess for input `x` with slope `w` and intercept `b`. */
export const predictLine = (w: number, b: number, x: number): number => w * x + b;

/** The least-squares line through `data`: the (w, b) of the lowest mean squared error. */
export function leastSquares(data: readonly Example[]): [number, number] {
  const n = data.length;
  const mx = data.reduce((s, p) => s + p.x, 0) / n;
  const my = data.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of data) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  const w = sxy / sxx;
  return [w, my - w * mx];
}

/** One example's part in an iteration of the training loop, for a line with slope w and intercept b. */
export interface ExampleTerms {
  /** 1 predict: the model's guess ŷ = w·x + b. */
  readonly guess: number;
  /** 2 compare: how far the guess is from the true label, ŷ − y. */
  readonly error: number;
  /** 3 loss: the squared error (ŷ − y)². */
  readonly loss: number;
  /** 4 adjust: the gradient of that loss with respect to (w, b): 2(ŷ − y)·(x, 1). */
  readonly grad: readonly [number, number];
}

export function exampleTerms(w: number, b: number, example: Example): ExampleTerms {
  const guess = predictLine(w, b, example.x);
  const error = guess - example.y;
  return { guess, error, loss: error * error, grad: [2 * error * example.x, 2 * error] };
}
