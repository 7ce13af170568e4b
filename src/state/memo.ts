/**
 * Remembers the last call of `fn`: called again with the same arguments (each `Object.is` the last
 * one), it returns the same result without calling `fn`. The presentation stage is built of these,
 * so an unchanged part of the model keeps its identity and its drawers skip it.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/**
 * Keeps the previous value while a freshly computed one equals it, compared as JSON: for small
 * derived records (a gauge, a legend) recomputed from values that change more often than they do.
 */
export function keepEqual<T>(): (next: T) => T {
  let previous: { value: T; text: string } | undefined;
  return (next) => {
    const text = JSON.stringify(next);
    if (previous?.text === text) return previous.value;
    previous = { value: next, text };
    return next;
  };
}
