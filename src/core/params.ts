import { InvalidInputError } from './errors';

/**
 * A tunable number: a valley's curvature, an optimizer's momentum, a schedule's decay. The same
 * spec drives validation here and the panel's sliders in the UI.
 */
export interface ParamSpec<K extends string = string> {
  readonly name: K;
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** How a slider should move through the range. */
  readonly scale: 'linear' | 'log';
  readonly integer?: boolean;
  /** Whether `max` itself is allowed (momentum must stay below 1). */
  readonly maxExclusive?: boolean;
  /** Whether `min` itself is allowed (eps must stay above 0). */
  readonly minExclusive?: boolean;
}

/** Describes a spec's allowed range in words, for error messages. */
export function describeRange(spec: ParamSpec): string {
  const lo = spec.minExclusive ? `greater than ${spec.min}` : `at least ${spec.min}`;
  const hi = spec.maxExclusive ? `less than ${spec.max}` : `at most ${spec.max}`;
  return `must be ${spec.integer ? 'an integer' : 'a number'} ${lo} and ${hi}`;
}

export function inRange(spec: ParamSpec, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (spec.integer && !Number.isInteger(value)) return false;
  const aboveMin = spec.minExclusive ? value > spec.min : value >= spec.min;
  const belowMax = spec.maxExclusive ? value < spec.max : value <= spec.max;
  return aboveMin && belowMax;
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
