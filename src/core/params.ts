import { InvalidInputError } from './errors';
import { formatNumber } from './format';

/**
 * A tunable number: a valley's curvature, an optimizer's momentum, a schedule's decay. The same
 * spec drives validation here and the panel's sliders in the UI.
 */
export interface ParamSpec<K extends string = string> extends NumberRange {
  readonly name: K;
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** How a slider should move through the range. */
  readonly scale: 'linear' | 'log';
}

/**
 * The numbers a value may take: what a {@link ParamSpec} and a settings field share. Bounds are
 * inclusive unless marked exclusive.
 */
export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  readonly integer?: boolean;
}

/** Whether `value` is a finite number within `range` (and whole, where it must be). */
export function inRange(range: NumberRange, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (range.integer && !Number.isInteger(value)) return false;
  if (range.min !== undefined && (range.minExclusive ? value <= range.min : value < range.min)) return false;
  if (range.max !== undefined && (range.maxExclusive ? value >= range.max : value > range.max)) return false;
  return true;
}

/** A range in words, for messages: "must be a number at least 0 and below 1". */
export function describeRange(range: NumberRange): string {
  const kind = range.integer ? 'a whole number' : 'a number';
  if (range.min === undefined || range.max === undefined) return `must be ${kind}`;
  const exact = (v: number): string => formatNumber(v, 12);
  const lo = range.minExclusive ? `above ${exact(range.min)}` : `at least ${exact(range.min)}`;
  const hi = range.maxExclusive ? `below ${exact(range.max)}` : `at most ${exact(range.max)}`;
  return `must be ${kind} ${lo} and ${hi}`;
}

/**
 * Reads the values of `specs` from `given`, filling defaults, and throws an
 * {@link InvalidInputError} naming `${prefix}${name}` for a value out of range. Keys of `given` that
 * no spec names are ignored: a URL may carry `momentum` while the optimizer is Adam.
 */
export function resolveParams<K extends string>(
  specs: readonly ParamSpec<K>[],
  given: Readonly<Record<string, unknown>> | undefined,
  prefix = '',
): Record<K, number> {
  const values = {} as Record<K, number>;
  for (const spec of specs) {
    const raw = given && Object.hasOwn(given, spec.name) ? given[spec.name] : undefined;
    if (raw === undefined) {
      values[spec.name] = spec.default;
      continue;
    }
    if (typeof raw !== 'number' || !inRange(spec, raw)) {
      throw new InvalidInputError(`${prefix}${spec.name}`, raw, describeRange(spec));
    }
    values[spec.name] = raw;
  }
  return values;
}
