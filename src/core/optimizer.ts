import type { ParamSpec } from './params';

/** An optimizer's hyperparameter values, by name (`momentum`, `beta1`…), resolved: none missing. */
export type Hyperparams<Name extends string = string> = Readonly<Record<Name, number>>;

/**
 * How an optimizer moves on a quadratic valley when that motion is linear, so that its stability
 * has a closed form: plain gradient steps, heavy-ball momentum, or Nesterov's look-ahead. Adaptive
 * optimizers rescale every step by what they have seen and have none.
 */
export type LinearDynamics = 'gradient' | 'heavy-ball' | 'nesterov';

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
export interface StepTerms<Name extends string = string> {
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
  readonly hyper: Hyperparams<Name>;
}

/**
 * An optimizer: one file in `optimizers/`, registered in `optimizers/index.ts`. `Name` is the
 * union of its hyperparameters' names, which its `create` and `explain` may read.
 */
export interface Optimizer<Name extends string = string> {
  readonly id: string;
  readonly label: string;
  /** One sentence for learners. */
  readonly description: string;
  /** The update rule, written out (η is the learning rate, g the gradient). */
  readonly rule: string;
  readonly hyperparams: readonly ParamSpec<Name>[];
  /** Its motion on a quadratic, where that is linear (see {@link LinearDynamics}). */
  readonly linear?: LinearDynamics;
  /** Fresh state for `size` coordinates; `hyper` holds resolved values of {@link hyperparams}. */
  create(size: number, hyper: Hyperparams<Name>): Stepper;
  /** The step written out with its numbers, one line per equation, e.g. `x ← x − η·g = 1.2 − 0.3 × 2.4 = 0.48`. */
  explain(terms: StepTerms<Name>): string[];
}

/**
 * Declares an optimizer, keeping the names of its hyperparameters as literal types, so that the
 * registry can list every name any optimizer has (see `HyperparamName`).
 */
export const defineOptimizer = <const Name extends string = never>(optimizer: Optimizer<Name>): Optimizer<Name> => optimizer;

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
export const decaySpec = <K extends string>(name: K, label: string, value: number): ParamSpec<K> => ({
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
