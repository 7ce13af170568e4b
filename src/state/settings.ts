import type { HyperparamName, Sampling } from '../core';
import { FORMULA_EXAMPLES } from './formulas';

/** The stop rules a user can set; `undefined` means the core's default. */
export interface StopSettings {
  readonly lossBelow?: number;
  readonly gradNormBelow?: number;
  readonly patience?: number;
  readonly minDelta?: number;
  /** Full passes over the training data. */
  readonly epochs?: number;
}

/** One optimizer of a race, at its own rate. */
export interface Racer {
  readonly optimizer: string;
  readonly lr: number;
}

/** How many hikers walk: one, a fan of learning rates, or a race of optimizers. */
export type Mode = 'single' | 'fan' | 'race';

/** Everything that defines a scene. One object, validated, shareable as a URL. */
export interface Settings {
  /** A registered valley's id, or `formula` for the typed one. */
  readonly surface: string;
  /** The typed valley's formula in x (and y); it applies when `surface` is `formula`. */
  readonly formula: string;
  /** Values of the current valley's parameters; missing ones take their defaults. */
  readonly surfaceParams: Readonly<Record<string, number>>;
  readonly optimizer: string;
  /** Hyperparameters set by the user; missing ones take the optimizer's defaults. */
  readonly hyper: Readonly<Partial<Record<HyperparamName, number>>>;
  readonly lr: number;
  /** Where the hiker starts; `undefined` means the valley's own start. */
  readonly start?: readonly number[];
  readonly steps: number;
  readonly noise: number;
  readonly seed: number;
  /** On a valley made from data: each step on the whole dataset, or on one example at a time. */
  readonly sampling: Sampling;
  readonly schedule: string;
  readonly scheduleParams: Readonly<Record<string, number>>;
  readonly stop: StopSettings;
  /** Playback speed of the hiker. */
  readonly stepsPerSecond: number;
  readonly autoplay: boolean;
  readonly lossScale: 'log' | 'linear';
  readonly mode: Mode;
  /** Fan: how many hikers, at rates log-spaced around `lr`. */
  readonly fanCount: number;
  /** Fan: the ratio of the largest rate to the smallest. */
  readonly fanSpread: number;
  /** Fan: rates picked by hand, instead of `fanCount` and `fanSpread`. */
  readonly fanRates?: readonly number[];
  /** Race: the optimizers and their rates. */
  readonly racers: readonly Racer[];
  /** The scene these settings came from, for its title; cleared by nothing, replaced by another scene. */
  readonly scene?: string;
  /** Large type and thick lines for a projector. */
  readonly presenter: boolean;
  /** How much of the control panel shows. */
  readonly controls: 'full' | 'minimal' | 'none';
  /** What the chart card shows: the loss curve, or the sweep of final loss against rate. */
  readonly tab: 'loss' | 'sweep';
}

export const defaultSettings: Settings = Object.freeze({
  surface: 'quadratic',
  formula: FORMULA_EXAMPLES[0]!.formula,
  surfaceParams: {},
  optimizer: 'sgd',
  hyper: {},
  lr: 0.3,
  steps: 300,
  noise: 0,
  seed: 1,
  sampling: 'full',
  schedule: 'constant',
  scheduleParams: {},
  stop: {},
  stepsPerSecond: 8,
  autoplay: false,
  lossScale: 'log',
  mode: 'single',
  fanCount: 5,
  fanSpread: 100,
  racers: [
    { optimizer: 'sgd', lr: 0.1 },
    { optimizer: 'momentum', lr: 0.05 },
    { optimizer: 'adam', lr: 0.1 },
  ],
  presenter: false,
  controls: 'full',
  tab: 'loss',
});

/** The most hikers a fan or a race may have. */
export const MAX_HIKERS = 12;

/** The learning-rate slider's range; typed values may go beyond it, within {@link LR_LIMITS}. */
export const LR_SLIDER = { min: 1e-4, max: 10 } as const;
export const LR_LIMITS = { min: 1e-6, max: 1000 } as const;

/** A rate as the playground keeps it: within {@link LR_LIMITS}, to three significant digits (0.00316, not 0.0031622776601683794). */
export const roundRate = (lr: number): number => Number(Math.min(LR_LIMITS.max, Math.max(LR_LIMITS.min, lr)).toPrecision(3));
