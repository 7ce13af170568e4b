import type { HyperparamName } from '../core';

/** The stop rules a user can set; `undefined` means the core's default. */
export interface StopSettings {
  readonly lossBelow?: number;
  readonly gradNormBelow?: number;
  readonly patience?: number;
  readonly minDelta?: number;
}

/** Everything that defines a scene. One object, validated, shareable as a URL. */
export interface Settings {
  readonly surface: string;
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
  readonly schedule: string;
  readonly scheduleParams: Readonly<Record<string, number>>;
  readonly stop: StopSettings;
  /** Playback speed of the hiker. */
  readonly stepsPerSecond: number;
  readonly autoplay: boolean;
  readonly lossScale: 'log' | 'linear';
}

export const defaultSettings: Settings = Object.freeze({
  surface: 'quadratic',
  surfaceParams: {},
  optimizer: 'sgd',
  hyper: {},
  lr: 0.3,
  steps: 300,
  noise: 0,
  seed: 1,
  schedule: 'constant',
  scheduleParams: {},
  stop: {},
  stepsPerSecond: 8,
  autoplay: false,
  lossScale: 'log',
});

/** The learning-rate slider's range; typed values may go beyond it, within {@link LR_LIMITS}. */
export const LR_SLIDER = { min: 1e-4, max: 10 } as const;
export const LR_LIMITS = { min: 1e-6, max: 1000 } as const;
