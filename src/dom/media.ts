/** A media query's current answer, and a way to hear when it changes. */
export interface MediaWatch {
  readonly matches: boolean;
  dispose(): void;
}

export function watchMedia(query: string, onChange: (matches: boolean) => void): MediaWatch {
  const list = globalThis.matchMedia?.(query);
  const listener = (event: MediaQueryListEvent): void => onChange(event.matches);
  list?.addEventListener('change', listener);
  return {
    get matches() {
      return list?.matches ?? false;
    },
    dispose: () => list?.removeEventListener('change', listener),
  };
}
