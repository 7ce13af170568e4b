/**
 * The one error type the core throws for bad input. Its message names the field, the value that
 * was given and what is allowed, e.g. `invalid lr: "abc" (must be a positive finite number)`.
 */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';

  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(`invalid ${field}: ${describeValue(value)} (${allowed})`);
  }
}

const MAX_SHOWN = 40;

/** A short, safe rendering of any value for an error message. */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value == null) text = String(value);
  else if (Array.isArray(value)) text = `[${value.map((v) => describeValue(v)).join(', ')}]`;
  else text = typeof value;
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** `Object.hasOwn` for lookups by a user-supplied key, so `__proto__` or `constructor` never match. */
export function lookup<T>(registry: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(registry, key) ? registry[key] : undefined;
}
