import { Batch } from './batch';
import { InvalidInputError } from './errors';
import { checkLr, checkPoint, resolveRunSetup, type SimulateInput } from './simulate';
import type { RunStatus } from './stop';
import type { Point } from './surface';

/** Many hikers on one valley, stepping in lockstep: one per learning rate, or one per start. */
export interface BatchInput extends Omit<SimulateInput, 'lr' | 'start'> {
  /** One rate for every hiker, or one rate per hiker. */
  readonly lr: number | readonly number[];
  /** One start for every hiker (default: the valley's own start). */
  readonly start?: Point;
  /** One start per hiker, instead of `start`. */
  readonly starts?: readonly Point[];
}

/** Where each hiker ended and why. Arrays are indexed by hiker. */
export interface BatchRun {
  readonly n: number;
  readonly dim: 1 | 2;
  readonly lrs: Float64Array;
  /** Final positions, interleaved (`x0, y0, x1, y1, …`). */
  readonly positions: Float64Array;
  readonly losses: Float64Array;
  readonly statuses: readonly RunStatus[];
  readonly stoppedAt: Int32Array;
  /** Why hiker i stopped, in words. */
  stopReason(i: number): string;
}

/**
 * Runs every hiker to its end in one struct-of-arrays batch (no allocation per step). Each hiker
 * follows exactly the route `simulate` gives it alone, noise aside: with noise, the hikers draw
 * from one shared stream.
 */
export function simulateBatch(input: BatchInput): BatchRun {
  const setup = resolveRunSetup(input, ['starts']);
  const { surface } = setup;
  if (input.start !== undefined && input.starts !== undefined) {
    throw new InvalidInputError('starts', input.starts, 'cannot be given together with start');
  }
  const rates = typeof input.lr === 'number' ? undefined : input.lr;
  if (rates !== undefined && (!Array.isArray(rates) || rates.length === 0)) {
    throw new InvalidInputError('lr', rates, 'must be a positive finite number or a non-empty array of them');
  }
  const startList = input.starts;
  if (startList !== undefined && (!Array.isArray(startList) || startList.length === 0)) {
    throw new InvalidInputError('starts', startList, 'must be a non-empty array of points');
  }
  const n = rates?.length ?? startList?.length ?? 1;
  if (rates && startList && startList.length !== n) {
    throw new InvalidInputError('starts', startList, `must hold one point per learning rate (${n})`);
  }
  const lrs = new Float64Array(n);
  for (let i = 0; i < n; i++) lrs[i] = checkLr(rates ? rates[i] : input.lr, rates ? `lr[${i}]` : 'lr');
  const dim = surface.dim;
  const starts = new Float64Array(n * dim);
  const single = startList ? undefined : checkPoint(input.start ?? [...surface.start], surface);
  for (let i = 0; i < n; i++) {
    const point = single ?? checkPoint(startList?.[i], surface, `starts[${i}]`);
    starts.set(point, i * dim);
  }
  const batch = new Batch({ ...setup, n, lrs, starts }).run();
  return {
    n,
    dim,
    lrs,
    positions: batch.positions,
    losses: batch.losses,
    statuses: Array.from({ length: n }, (_, i) => batch.status(i) as RunStatus),
    stoppedAt: batch.stoppedAt,
    stopReason: (i) => batch.stopReason(i),
  };
}
