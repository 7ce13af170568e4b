import type { RunStatus, SimulateInput } from '../core';
import { FORMULA } from './formulas';
import { LR_SLIDER } from './settings';

/** One run of a sweep: its rate, its loss after every step, and how it ends under the stop rules. */
export interface SweepPoint {
  readonly lr: number;
  /**
   * The loss after all the run's steps, the stop rules aside (a run that converges walks on
   * toward the bottom): so the U-curve shows how low each rate gets, not a shelf at the threshold.
   */
  readonly loss: number;
  /** How the run ends under the stop rules, and at which step: converged runs, for the steps to converge. */
  readonly status: RunStatus;
  readonly stoppedAt: number;
}

/**
 * A sweep's runs without their rates, in a form a worker can receive: a registered valley by id, a
 * typed one by its formula (a valley object carries functions, which do not cross to a worker).
 */
export type SweepInput = Omit<SimulateInput, 'lr' | 'surface'> & { readonly surface: string; readonly formula?: string };

/** What a rate sweep runs: one input at many rates. `key` changes exactly when the input does. */
export interface SweepRequest {
  readonly key: string;
  readonly input: SweepInput;
  readonly rates: readonly number[];
}

/** Runs in a rate sweep, and the most steps each may take. */
export const SWEEP_RUNS = 300;
export const SWEEP_MAX_STEPS = 1000;

/** `count` rates spread log-uniformly from `from` to `to`. */
export function sweepRates(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from * (to / from) ** (i / (count - 1)));
}

/** The sweep of a hiker's input (its rate aside) over the rate slider's range; `formula` is the typed valley's text. */
export function sweepRequest(input: SimulateInput, formula: string): SweepRequest {
  const { lr: _lr, surface, ...rest } = input;
  const steps = Math.min(SWEEP_MAX_STEPS, rest.steps ?? SWEEP_MAX_STEPS);
  const valley = typeof surface === 'string' ? { surface } : { surface: FORMULA, formula };
  const sweepInput: SweepInput = { ...rest, ...valley, steps };
  return { key: JSON.stringify(sweepInput), input: sweepInput, rates: sweepRates(LR_SLIDER.min, LR_SLIDER.max, SWEEP_RUNS) };
}
