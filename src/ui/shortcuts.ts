/** What the keyboard shortcuts do. */
export interface ShortcutActions {
  togglePlay(): void;
  step(delta: number): void;
  /** Multiplies the learning rate by 10^decades. */
  nudgeRate(decades: number): void;
  /** The scene bound to a number key (0 for key 1). */
  sceneAt(index: number): void;
  fullscreen(): void;
  togglePresenter(): void;
  toggleControls(): void;
  toggleHelp(): void;
  closeHelp(): boolean;
}

/** The shortcuts, for the help overlay. */
export const shortcutList: readonly [string, string][] = [
  ['Space', 'play or pause'],
  ['→ / ←', 'one step forward or back'],
  ['↑ / ↓', 'raise or lower the learning rate (Shift: by more)'],
  ['1 – 9', 'teaching scenes'],
  ['F', 'fullscreen'],
  ['P', 'presenter mode: large type and thick lines'],
  ['C', 'show or hide the controls'],
  ['?', 'this help'],
];

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/**
 * Listens for the lecturer's shortcuts on `target` (the page for the standalone playground, the
 * element itself when embedded). Keys typed into a field are left alone. Returns the function
 * that stops listening.
 */
export function attachShortcuts(target: EventTarget, actions: ShortcutActions): () => void {
  const onKey = (event: Event): void => {
    const e = event as KeyboardEvent;
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    let handled = true;
    if (e.key === ' ') actions.togglePlay();
    else if (e.key === 'ArrowRight') actions.step(1);
    else if (e.key === 'ArrowLeft') actions.step(-1);
    else if (e.key === 'ArrowUp') actions.nudgeRate(e.shiftKey ? 0.25 : 0.05);
    else if (e.key === 'ArrowDown') actions.nudgeRate(e.shiftKey ? -0.25 : -0.05);
    else if (/^[1-9]$/.test(e.key)) actions.sceneAt(Number(e.key) - 1);
    else if (e.key === 'f' || e.key === 'F') actions.fullscreen();
    else if (e.key === 'p' || e.key === 'P') actions.togglePresenter();
    else if (e.key === 'c' || e.key === 'C') actions.toggleControls();
    else if (e.key === '?') actions.toggleHelp();
    else if (e.key === 'Escape') handled = actions.closeHelp();
    else handled = false;
    if (handled) e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
