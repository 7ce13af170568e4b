import { InvalidInputError } from './errors';
import { formatReadable } from './format';

/** How a run ends. */
export type RunStatus = 'converged' | 'diverged' | 'max-steps' | 'no-improvement' | 'epochs-done';

/** When a run stops early. Omitted rules take their defaults; `stop: false` turns all of them off. */
export interface StopRules {
  /** Converged once the loss is below this. Default: the valley's lowest known loss + 1e-4. */
  readonly lossBelow?: number;
  /** Converged once the gradient's length is below this. Default 1e-6. */
  readonly gradNormBelow?: number;
  /** No improvement after this many steps without beating the best loss by more than `minDelta`. Default: off. */
  readonly patience?: number;
  readonly minDelta?: number;
  /**
   * Done after this many epochs, full passes over the training data: on a valley made from data
   * with one example per step, an epoch is one step per example; otherwise every step is a pass
   * over all of it. Default: off.
   */
  readonly epochs?: number;
  /** Diverged once |loss| exceeds this. Default: a million times the starting loss (at least 1e6). */
  readonly lossAbove?: number;
}

/** Stop rules with every field set; a rule that is off holds a value that never fires. */
export interface ResolvedStopRules {
  readonly lossBelow: number;
  readonly gradNormBelow: number;
  readonly patience: number;
  readonly minDelta: number;
  readonly epochs: number;
  /** `undefined`: a million times each hiker's starting loss. */
  readonly lossAbove: number | undefined;
}

export const DEFAULT_GRAD_NORM_BELOW = 1e-6;
export const DEFAULT_LOSS_MARGIN = 1e-4;
const DIVERGENCE_FACTOR = 1e6;

/** The divergence cap for a hiker starting at loss `startLoss`. */
export function divergenceCap(rules: ResolvedStopRules, startLoss: number): number {
  return rules.lossAbove ?? DIVERGENCE_FACTOR * Math.max(1, Math.abs(startLoss));
}

const ruleNames = ['lossBelow', 'gradNormBelow', 'patience', 'minDelta', 'epochs', 'lossAbove'] as const;
const countRules: readonly string[] = ['patience', 'epochs'];

function readRule(rules: Readonly<Record<string, unknown>>, name: (typeof ruleNames)[number]): number | undefined {
  const value = rules[name];
  if (value === undefined) return undefined;
  const ok =
    typeof value === 'number' &&
    (name === 'lossBelow' ? Number.isFinite(value) : countRules.includes(name) ? Number.isInteger(value) && value >= 0 : value >= 0 && Number.isFinite(value));
  if (!ok) {
    const allowed = countRules.includes(name) ? `must be a whole number of ${name === 'epochs' ? 'epochs' : 'steps'}, 0 or more` : name === 'lossBelow' ? 'must be a finite number' : 'must be a finite number, 0 or more';
    throw new InvalidInputError(`stop.${name}`, value, allowed);
  }
  return value;
}

/** Validates `stop` and fills its defaults; `minLoss` is the valley's lowest known loss. */
export function resolveStopRules(stop: unknown, minLoss: number | undefined): ResolvedStopRules {
  if (stop === false) {
    return { lossBelow: -Infinity, gradNormBelow: -1, patience: Infinity, minDelta: 0, epochs: Infinity, lossAbove: undefined };
  }
  if (stop !== undefined && (typeof stop !== 'object' || stop === null || Array.isArray(stop))) {
    throw new InvalidInputError('stop', stop, 'must be false or an object of stop rules');
  }
  const rules = (stop ?? {}) as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(rules)) {
    if (!(ruleNames as readonly string[]).includes(key)) {
      throw new InvalidInputError('stop', key, `has no rule of that name; rules are ${ruleNames.join(', ')}`);
    }
  }
  const patience = readRule(rules, 'patience');
  const epochs = readRule(rules, 'epochs');
  return {
    lossBelow: readRule(rules, 'lossBelow') ?? (minLoss === undefined ? -Infinity : minLoss + DEFAULT_LOSS_MARGIN),
    gradNormBelow: readRule(rules, 'gradNormBelow') ?? DEFAULT_GRAD_NORM_BELOW,
    patience: patience === undefined || patience === 0 ? Infinity : patience,
    minDelta: readRule(rules, 'minDelta') ?? 0,
    epochs: epochs === undefined || epochs === 0 ? Infinity : epochs,
    lossAbove: readRule(rules, 'lossAbove'),
  };
}

/** Which rule ended a run; {@link describeStop} turns it into words. */
export const StopCause = {
  Running: 0,
  LossBelow: 1,
  GradNormBelow: 2,
  NoImprovement: 3,
  MaxSteps: 4,
  DivergedAbove: 5,
  DivergedNonFinite: 6,
  DivergedAtStart: 7,
  EpochsDone: 8,
} as const;
export type StopCause = (typeof StopCause)[keyof typeof StopCause];

export function statusOf(cause: StopCause): RunStatus | undefined {
  switch (cause) {
    case StopCause.LossBelow:
    case StopCause.GradNormBelow:
      return 'converged';
    case StopCause.NoImprovement:
      return 'no-improvement';
    case StopCause.MaxSteps:
      return 'max-steps';
    case StopCause.EpochsDone:
      return 'epochs-done';
    case StopCause.DivergedAbove:
    case StopCause.DivergedNonFinite:
    case StopCause.DivergedAtStart:
      return 'diverged';
    default:
      return undefined;
  }
}

/** What a learner needs to read why a run ended. */
export interface StopFacts {
  readonly cause: StopCause;
  /** Index of the last point of the run. */
  readonly stoppedAt: number;
  readonly loss: number;
  readonly bestLoss: number;
  readonly bestAt: number;
  readonly cap: number;
  readonly rules: ResolvedStopRules;
  /** Steps in one epoch: the number of examples with one-example steps, else 1. */
  readonly epochSteps: number;
}

/** The divergence cap in words: how large it is, and where it comes from. */
function capWords(cap: number, rules: ResolvedStopRules): string {
  if (rules.lossAbove !== undefined) return `${formatReadable(cap)}, the limit set for a diverging run`;
  return cap === DIVERGENCE_FACTOR ? 'a million' : `${formatReadable(cap)}, a million times its loss at the start`;
}

/** The reason a run ended, as a sentence a learner understands. */
export function describeStop(facts: StopFacts): string {
  const { cause, stoppedAt: k, rules } = facts;
  const f = formatReadable;
  switch (cause) {
    case StopCause.LossBelow:
      return `the loss fell below ${f(rules.lossBelow)} at step ${k}`;
    case StopCause.GradNormBelow:
      return `the slope flattened out (gradient length below ${f(rules.gradNormBelow)}) at step ${k}, at loss ${f(facts.loss)}`;
    case StopCause.NoImprovement:
      return `the loss stopped improving: no gain larger than ${f(rules.minDelta)} for ${rules.patience} steps after step ${facts.bestAt} (best loss ${f(facts.bestLoss)})`;
    case StopCause.EpochsDone: {
      const { epochs } = rules;
      const passes =
        facts.epochSteps > 1
          ? `${epochs} pass${epochs === 1 ? '' : 'es'} over the ${facts.epochSteps} examples, one example per step: ${k} steps`
          : 'each step a pass over all the data';
      return `finished the ${epochs} epoch${epochs === 1 ? '' : 's'} it was set (${passes}), at loss ${f(facts.loss)}`;
    }
    case StopCause.MaxSteps:
      return `reached the limit of ${k} steps, at loss ${f(facts.loss)}`;
    case StopCause.DivergedAbove:
      return `diverged: step ${k + 1} would have pushed the loss past ${capWords(facts.cap, rules)}, so the run ends at step ${k}`;
    case StopCause.DivergedNonFinite:
      return `diverged: step ${k + 1} would have made the loss infinite, so the run ends at step ${k}`;
    case StopCause.DivergedAtStart:
      return 'diverged: the loss is not a finite number at the start point';
    default:
      return 'still running';
  }
}
