import type { ParamSpec } from './params';

/** Hyperparameter names shared by every optimizer (as in torch.optim, where they apply). */
export type HyperparamName = 'momentum' | 'beta1' | 'beta2' | 'alpha' | 'eps';
export type Hyperparams = Readonly<Record<HyperparamName, number>>;

/**
 * An optimizer's state for a fixed number of coordinates. Hikers are stored interleaved in flat
 * arrays, and every rule here is elementwise, so one pass updates them all.
 */
export interface Stepper {
  /**
   * Takes one step: reads positions `x` and gradients `g`, writes new positions to `out` (which
   * may be `x` itself: every rule is elementwise). Coordinate k uses the learning rate `lr[k] * lrScale`, where `lrScale` is the
   * schedule's factor for this step.
   */
  step(x: Float64Array, g: Float64Array, lr: Float64Array, lrScale: number, out: Float64Array): void;
  /** The internal state of coordinate k (a velocity, a running average…), for explaining a step. */
  peek(k: number): Readonly<Record<string, number>>;
}

/** One coordinate's step, with the numbers an explanation needs. */
export interface StepTerms {
  /** The coordinate's name: `x`, `y`, or a parameter's name. */
  readonly name: string;
  /** Its value before the step, and after. */
  readonly value: number;
  readonly next: number;
  /** The gradient used (noise included). */
  readonly g: number;
  /** The learning rate used. */
  readonly lr: number;
  /** The optimizer's state before and after the step (see {@link Stepper.peek}). */
  readonly before: Readonly<Record<string, number>>;
  readonly after: Readonly<Record<string, number>>;
  readonly hyper: Hyperparams;
}

export interface Optimizer {
  readonly id: string;
  readonly label: string;
  /** One sentence for learners. */
  readonly description: string;
  /** The update rule, written out (η is the learning rate, g the gradient). */
  readonly rule: string;
  readonly hyperparams: readonly ParamSpec<HyperparamName>[];
  /** Fresh state for `size` coordinates; `hyper` holds resolved values of {@link hyperparams}. */
  create(size: number, hyper: Hyperparams): Stepper;
  /** The step written out with its numbers, one line per equation, e.g. `x ← x − η·g = 1.2 − 0.3 × 2.4 = 0.48`. */
  explain(terms: StepTerms): string[];
}

export const momentumSpec: ParamSpec<'momentum'> = {
  name: 'momentum',
  label: 'momentum μ',
  default: 0.9,
  min: 0,
  max: 1,
  maxExclusive: true,
  scale: 'linear',
};

/** A decay rate in [0, 1), such as Adam's betas or RMSprop's alpha. */
export const decaySpec = <K extends HyperparamName>(name: K, label: string, value: number): ParamSpec<K> => ({
  name,
  label,
  default: value,
  min: 0,
  max: 1,
  maxExclusive: true,
  scale: 'linear',
});

export const epsSpec = (value: number): ParamSpec<'eps'> => ({
  name: 'eps',
  label: 'epsilon ε',
  default: value,
  min: 1e-12,
  max: 1,
  scale: 'log',
});
