import { simulateBatch, type RunStatus } from '../core';
import { surfaceFromFormula } from '../core/formula';
import { FORMULA } from './formulas';
import type { SweepInput, SweepPoint } from './sweep';

// Apart from the sweep's request (./sweep, which the first frame needs): running it reads a typed
// formula, and the formula reader loads only with what runs sweeps, the worker and its fallback.

/**
 * Runs every rate at once through the core's batched form, twice: under the stop rules (how each
 * run ends) and without them (how low it gets in its steps; a divergence still ends a run). Hikers
 * of a batch are independent, so any slice of rates gives the same points.
 */
export function runSweep(input: SweepInput, rates: readonly number[]): SweepPoint[] {
  const { formula, surface, ...rest } = input;
  const valley = formula !== undefined && surface === FORMULA ? surfaceFromFormula(formula) : surface;
  const ends = simulateBatch({ ...rest, surface: valley, lr: rates });
  const lows = simulateBatch({ ...rest, surface: valley, lr: rates, stop: false });
  return rates.map((lr, i) => ({
    lr,
    loss: lows.losses[i] as number,
    status: ends.statuses[i] as RunStatus,
    stoppedAt: ends.stoppedAt[i] as number,
  }));
}
