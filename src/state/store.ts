/** A minimal observable value: the one place the playground's state lives. */
export interface Store<T> {
  get(): T;
  /** Replaces the value (by a function of the old one); listeners run only if it changed. */
  update(change: (value: T) => T): void;
  /** Calls `listener` on every change; returns the function that unsubscribes it. */
  subscribe(listener: (value: T, previous: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T, previous: T) => void>();
  return {
    get: () => value,
    update(change) {
      const previous = value;
      const next = change(previous);
      if (Object.is(next, previous)) return;
      value = next;
      for (const listener of [...listeners]) listener(value, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
