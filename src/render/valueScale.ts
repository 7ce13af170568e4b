import type { Grid } from '../core';

/**
 * How losses map to colour: t ∈ [0, 1] from the valley floor to its highest point. Where the
 * losses span orders of magnitude (Rosenbrock's walls are thousands of times higher than its
 * floor), the map is logarithmic so the floor keeps its shape; otherwise it is linear.
 */
export interface ValueScale {
  readonly mode: 'linear' | 'log';
  readonly lo: number;
  readonly hi: number;
  /**
   * Offset of the logarithm: t = log(1 + (f − lo)/ε) / log(1 + (hi − lo)/ε). It is the height of
   * the lowest percentile of the area above the floor, so the deepest 1% keeps its share of colours.
   */
  readonly epsilon: number;
  normalize(loss: number): number;
  /** The loss at t (the inverse of `normalize`). */
  lossAt(t: number): number;
}

/** Log when the highest loss exceeds this many times the lower quartile's height above the floor. */
const LOG_RATIO = 12;
/** Values sorted to find percentiles: enough for a stable estimate, cheap while a slider moves. */
const PERCENTILE_SAMPLES = 4096;

export function createValueScale(grid: Grid, floor?: number): ValueScale {
  const stride = Math.max(1, Math.floor(grid.values.length / PERCENTILE_SAMPLES));
  const sample: number[] = [];
  for (let k = 0; k < grid.values.length; k += stride) {
    const value = grid.values[k] as number;
    if (Number.isFinite(value)) sample.push(value);
  }
  sample.sort((a, b) => a - b);
  const lo = Math.min(grid.min, floor ?? Infinity);
  const hi = Math.max(grid.max, lo + 1e-12);
  const percentile = (p: number): number => sample[Math.floor(p * (sample.length - 1))] ?? hi;
  const mode = hi - lo > LOG_RATIO * Math.max(percentile(0.25) - lo, 1e-300) ? 'log' : 'linear';
  const epsilon = Math.max(percentile(0.01) - lo, (hi - lo) * 1e-9);
  const logSpan = Math.log1p((hi - lo) / epsilon);
  const normalize =
    mode === 'log'
      ? (loss: number) => Math.min(1, Math.max(0, Math.log1p(Math.max(0, loss - lo) / epsilon) / logSpan))
      : (loss: number) => Math.min(1, Math.max(0, (loss - lo) / (hi - lo)));
  const lossAt = mode === 'log' ? (t: number) => lo + epsilon * Math.expm1(t * logSpan) : (t: number) => lo + t * (hi - lo);
  return { mode, lo, hi, epsilon, normalize, lossAt };
}
