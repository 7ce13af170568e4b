import { InvalidInputError, lookup } from './errors';
import { resolveParams, type ParamSpec } from './params';

/** A learning-rate schedule: the factor that multiplies the base rate at step t (0-based). */
export interface ScheduleKind {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly params: readonly ParamSpec[];
  factor(t: number, values: Readonly<Record<string, number>>, totalSteps: number): number;
}

const constant: ScheduleKind = {
  id: 'constant',
  label: 'Constant',
  description: 'The same rate at every step.',
  params: [],
  factor: () => 1,
};

/** torch.optim.lr_scheduler.StepLR: γ^⌊t / stepSize⌋. */
const step: ScheduleKind = {
  id: 'step',
  label: 'Step decay',
  description: 'Multiply the rate by γ every few steps.',
  params: [
    { name: 'gamma', label: 'decay γ', default: 0.5, min: 0.01, max: 1, scale: 'linear' },
    { name: 'stepSize', label: 'every (steps)', default: 50, min: 1, max: 100000, scale: 'log', integer: true },
  ],
  factor: (t, v) => (v.gamma as number) ** Math.floor(t / (v.stepSize as number)),
};

/** torch.optim.lr_scheduler.ExponentialLR: γ^t. */
const exponential: ScheduleKind = {
  id: 'exponential',
  label: 'Exponential decay',
  description: 'Multiply the rate by γ at every step.',
  params: [{ name: 'gamma', label: 'decay γ', default: 0.99, min: 0.5, max: 1, scale: 'linear' }],
  factor: (t, v) => (v.gamma as number) ** t,
};

/**
 * torch.optim.lr_scheduler.CosineAnnealingLR with T_max = the run's steps, in closed form:
 * m + (1 − m)·(1 + cos(π·t / T)) / 2, where m is the final fraction of the rate.
 */
const cosine: ScheduleKind = {
  id: 'cosine',
  label: 'Cosine',
  description: 'Ease the rate down along a half cosine, reaching its floor at the last step.',
  params: [{ name: 'minFactor', label: 'floor (× rate)', default: 0, min: 0, max: 1, scale: 'linear' }],
  factor: (t, v, totalSteps) => {
    const m = v.minFactor as number;
    return totalSteps <= 0 ? 1 : m + ((1 - m) * (1 + Math.cos((Math.PI * t) / totalSteps))) / 2;
  },
};

/** Linear warm-up: the rate grows as (t + 1) / W over the first W steps, then holds. */
const warmup: ScheduleKind = {
  id: 'warmup',
  label: 'Linear warm-up',
  description: 'Start with a small rate and grow it linearly to the full rate.',
  params: [{ name: 'warmupSteps', label: 'warm-up (steps)', default: 20, min: 1, max: 100000, scale: 'log', integer: true }],
  factor: (t, v) => Math.min(1, (t + 1) / (v.warmupSteps as number)),
};

/** Every schedule by id, in display order. */
export const schedules: Readonly<Record<string, ScheduleKind>> = Object.freeze(
  Object.fromEntries([constant, step, exponential, cosine, warmup].map((s) => [s.id, s])),
);

export const scheduleIds: readonly string[] = Object.freeze(Object.keys(schedules));

/** A schedule as given to `simulate`: an id, or `{ type, ...params }`. */
export type ScheduleInput = string | ({ readonly type: string } & Readonly<Record<string, unknown>>);

/** A validated schedule: its kind, its parameter values, and the factor at each step. */
export interface Schedule {
  readonly kind: ScheduleKind;
  readonly values: Readonly<Record<string, number>>;
  readonly factor: (t: number) => number;
}

export function resolveSchedule(input: ScheduleInput | undefined, totalSteps: number): Schedule {
  const spec = input === undefined ? { type: 'constant' } : typeof input === 'string' ? { type: input } : input;
  if (typeof spec !== 'object' || spec === null) {
    throw new InvalidInputError('schedule', input, `must be one of ${scheduleIds.join(', ')} or { type, …parameters }`);
  }
  const kind = typeof spec.type === 'string' ? lookup(schedules, spec.type) : undefined;
  if (!kind) throw new InvalidInputError('schedule.type', spec.type, `must be one of ${scheduleIds.join(', ')}`);
  for (const key of Object.keys(spec)) {
    if (key !== 'type' && !kind.params.some((p) => p.name === key)) {
      const names = kind.params.map((p) => p.name);
      throw new InvalidInputError(
        `schedule.${key}`,
        spec[key],
        names.length ? `the ${kind.id} schedule takes ${names.join(', ')}` : `the ${kind.id} schedule takes no parameters`,
      );
    }
  }
  const values = resolveParams(kind.params, spec, 'schedule.');
  return { kind, values, factor: (t) => kind.factor(t, values, totalSteps) };
}
