import { Batch, type Sampling } from './batch';
import { InvalidInputError } from './errors';
import type { Hyperparams, Optimizer } from './optimizer';
import { DEFAULT_OPTIMIZER, getOptimizer, hyperparamNames, resolveHyperparams, type HyperparamName } from './optimizers';
import { resolveSchedule, type ScheduleInput } from './schedules';
import { resolveStopRules, type RunStatus, type StopRules } from './stop';
import type { Point, Surface } from './surface';
import { createSurface } from './surfaces';

/**
 * What to run. Only `surface` and `lr` are required. The optimizer's hyperparameters (`momentum`,
 * `beta1`, …, every name of the registered optimizers) sit beside the other keys; missing ones
 * take the optimizer's defaults (those of torch.optim).
 */
export interface SimulateInput extends Readonly<Partial<Record<HyperparamName, number>>> {
  /** A registered valley's id, or a surface built elsewhere (a typed formula, a fitted line). */
  readonly surface: string | Surface;
  readonly surfaceParams?: Readonly<Record<string, number>>;
  /** Default `sgd`. */
  readonly optimizer?: string;
  readonly lr: number;
  /** Default: the valley's own start. */
  readonly start?: Point;
  /** The most steps to take. Default 1000. */
  readonly steps?: number;
  /** Standard deviation of Gaussian noise added to each gradient coordinate. Default 0. */
  readonly noise?: number;
  /** Seed of the noise and of the order of examples. Default 1. */
  readonly seed?: number;
  /**
   * On a valley made from data (`fit-line`): `stochastic` steps on one example at a time, in a
   * shuffled order that is new each epoch; `full` (the default) on the whole dataset.
   */
  readonly sampling?: Sampling;
  readonly schedule?: ScheduleInput;
  /** Stop rules; `false` runs exactly `steps` steps unless the run diverges. */
  readonly stop?: StopRules | false;
}

/** A finished run: the hiker's route and how it ended. Never holds NaN or Infinity. */
export interface Run {
  readonly surface: string;
  readonly dim: 1 | 2;
  readonly optimizer: string;
  readonly lr: number;
  /** `path[k]` is the position after k steps; `path[0]` is the start. */
  readonly path: number[][];
  /** `losses[k]` = f(`path[k]`). */
  readonly losses: number[];
  /** `grads[k]` = ∇f(`path[k]`), without noise. */
  readonly grads: number[][];
  /**
   * The gradient the optimizer used for step k (from `path[k]`): one example's, noise added;
   * present only when it differs from `grads` (with noise or one-example steps).
   */
  readonly usedGrads?: number[][];
  /** With one-example steps: the index of the example step k used. */
  readonly examples?: number[];
  /** Steps in one epoch: the number of examples with one-example steps, else 1. */
  readonly epochSteps: number;
  /** The learning rate used for step k (the schedule applied to `lr`). */
  readonly lrs: number[];
  readonly status: RunStatus;
  /** Why the run ended, in words a learner understands. */
  readonly stopReason: string;
  /** Index of the last point: `path.length - 1`. */
  readonly stoppedAt: number;
}

export const DEFAULT_STEPS = 1000;
export const MAX_STEPS = 1_000_000;
export const DEFAULT_SEED = 1;

const inputKeys = new Set<string>([
  'surface',
  'surfaceParams',
  'optimizer',
  'lr',
  'start',
  'steps',
  ...hyperparamNames,
  'noise',
  'seed',
  'sampling',
  'schedule',
  'stop',
]);

function isSurface(value: unknown): value is Surface {
  const s = value as Partial<Surface> | null;
  return typeof s === 'object' && s !== null && (s.dim === 1 || s.dim === 2) && typeof s.valueAndGrad === 'function';
}

function readSurface(input: Readonly<Record<string, unknown>>): Surface {
  const params = input.surfaceParams;
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new InvalidInputError('surfaceParams', params, 'must be an object of parameter values');
  }
  const surfaceParams = params as Readonly<Record<string, unknown>> | undefined;
  if (surfaceParams) {
    const names = new Set(
      (isSurface(input.surface) ? input.surface : createSurface(input.surface)).params.map((p) => p.name),
    );
    for (const key of Object.keys(surfaceParams)) {
      if (!names.has(key)) {
        const allowed = names.size ? `this valley's parameters are ${[...names].join(', ')}` : 'this valley has no parameters';
        throw new InvalidInputError('surfaceParams', key, allowed);
      }
    }
  }
  if (isSurface(input.surface)) return surfaceParams ? input.surface.withParams(surfaceParams) : input.surface;
  return createSurface(input.surface, surfaceParams);
}

export function checkLr(value: unknown, field = 'lr'): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidInputError(field, value, 'must be a positive finite number');
  }
  return value;
}

export function checkPoint(value: unknown, surface: Surface, field = 'start'): number[] {
  const dim = surface.dim;
  if (!Array.isArray(value) || value.length !== dim || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new InvalidInputError(field, value, `must be ${dim === 1 ? '[x]' : '[x, y]'}: ${dim} finite number${dim === 1 ? '' : 's'} for ${surface.id}`);
  }
  const point = value as number[];
  if (!Number.isFinite(surface.f(point))) {
    throw new InvalidInputError(field, value, `the loss of ${surface.id} is not a finite number there`);
  }
  return point;
}

function checkCount(value: unknown, field: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new InvalidInputError(field, value, `must be a whole number from 0 to ${max}`);
  }
  return value;
}

/** The validated pieces every run needs, shared by {@link simulate} and `simulateBatch`. */
export interface RunSetup {
  readonly surface: Surface;
  readonly optimizer: Optimizer;
  readonly hyper: Hyperparams;
  readonly steps: number;
  readonly noise: number;
  readonly seed: number;
  readonly lrFactor: (t: number) => number;
  readonly stop: ReturnType<typeof resolveStopRules>;
  readonly sampling: Sampling;
}

/** Validates everything but the learning rates and starts. */
export function resolveRunSetup(raw: unknown, extraKeys: readonly string[] = []): RunSetup {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidInputError('input', raw, 'must be an object such as { surface: "parabola", lr: 0.1 }');
  }
  const input = raw as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(input)) {
    if (!inputKeys.has(key) && !extraKeys.includes(key)) {
      throw new InvalidInputError('input key', key, `must be one of ${[...inputKeys, ...extraKeys].join(', ')}`);
    }
  }
  const surface = readSurface(input);
  const optimizer = getOptimizer(input.optimizer ?? DEFAULT_OPTIMIZER);
  const hyper = resolveHyperparams(optimizer.id, input);
  const steps = checkCount(input.steps, 'steps', DEFAULT_STEPS, MAX_STEPS);
  const noise = input.noise ?? 0;
  if (typeof noise !== 'number' || !Number.isFinite(noise) || noise < 0) {
    throw new InvalidInputError('noise', noise, 'must be a finite number, 0 or more');
  }
  const seed = checkCount(input.seed, 'seed', DEFAULT_SEED, 2 ** 32 - 1);
  const schedule = resolveSchedule(input.schedule as Parameters<typeof resolveSchedule>[0], steps);
  const stop = resolveStopRules(input.stop, surface.minLoss);
  const sampling = input.sampling ?? 'full';
  if (sampling !== 'full' && sampling !== 'stochastic') {
    throw new InvalidInputError('sampling', sampling, 'must be full or stochastic');
  }
  if (sampling === 'stochastic' && !surface.examples) {
    throw new InvalidInputError('sampling', sampling, `needs a valley made from data; ${surface.id} has no examples to take one at a time`);
  }
  return { surface, optimizer, hyper, steps, noise, seed, lrFactor: schedule.factor, stop, sampling };
}

/**
 * Runs gradient descent from one start and returns the whole route. Throws
 * {@link InvalidInputError} naming the field for any bad input; a run that blows up is not an
 * error but ends with status `diverged` at its last finite point.
 */
export function simulate(input: SimulateInput): Run {
  const setup = resolveRunSetup(input);
  const { surface } = setup;
  const lr = checkLr(input.lr);
  const start = checkPoint(input.start ?? [...surface.start], surface);
  const batch = new Batch({ ...setup, n: 1, lrs: [lr], starts: start });
  const dim = surface.dim;
  const path = [Array.from(batch.positions)];
  const losses = [batch.losses[0] as number];
  const grads = [Array.from(batch.grads)];
  const usedGrads: number[][] = [];
  const examples: number[] = [];
  const lrs: number[] = [];
  const stochastic = batch.epochSteps > 1;
  const usesOtherGrads = stochastic || setup.noise > 0;
  while (batch.running > 0) {
    const t = batch.t;
    batch.advance();
    if ((batch.stoppedAt[0] as number) === t && batch.status(0) === 'diverged') break;
    path.push(Array.from(batch.positions));
    losses.push(batch.losses[0] as number);
    grads.push(Array.from(batch.grads));
    lrs.push(lr * setup.lrFactor(t));
    if (usesOtherGrads) usedGrads.push(Array.from(batch.lastUsedGrads));
    if (stochastic) examples.push(batch.lastExample);
  }
  return {
    surface: surface.id,
    dim,
    optimizer: setup.optimizer.id,
    lr,
    path,
    losses,
    grads,
    ...(usesOtherGrads ? { usedGrads } : {}),
    ...(stochastic ? { examples } : {}),
    epochSteps: batch.epochSteps,
    lrs,
    status: batch.status(0) as RunStatus,
    stopReason: batch.stopReason(0),
    stoppedAt: batch.stoppedAt[0] as number,
  };
}
