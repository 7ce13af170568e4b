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
  /** Says where the hiker is, to a screen reader. */
  describe(): void;
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
  ['D', 'describe where the hiker is (for screen readers)'],
  ['?', 'this help'],
];

/** Where every key is the reader's own: fields being typed into, menus, open dialogs. */
const TYPING = 'input:not([type="range"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]), textarea, select, [contenteditable], dialog';
/** Controls that Space and Enter press. */
const PRESSABLE = 'a[href], button, input, summary, [role="button"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"], [role="menuitem"]';
/** Controls that arrows, Page Up/Down, Home and End move. */
const MOVABLE = 'input[type="range"], input[type="radio"], [role="slider"], [role="tab"], [role="radio"], [role="listbox"], [role="menu"], [role="menuitem"], [role="grid"], [role="spinbutton"]';
const MOVING_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
/** The valley, where the scene keys act as on the page itself. */
const VALLEY = '.lrp-stage';

/** Whether the focus is on no control: the page itself, or the element of an embedded playground. */
function onNoControl(target: Element): boolean {
  const { body, documentElement } = target.ownerDocument;
  return target === body || target === documentElement || target.shadowRoot !== null;
}

/**
 * Whether `key` pressed on `target` belongs to it rather than to the shortcuts: everything typed
 * into a field, a menu or a dialog; Space and Enter on anything they press; arrows on anything
 * they move; and the scene keys (digits) on every focused control but the valley, for a scene
 * replaces the learner's whole setup. Other keys (P, D, ?, arrows on a button) reach the shortcuts
 * wherever the focus is. The help dialog says this in words ({@link SHORTCUT_FOCUS_RULES}).
 */
export function keyBelongsTo(target: EventTarget | undefined, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(TYPING)) return true;
  if ((key === ' ' || key === 'Enter') && target.closest(PRESSABLE)) return true;
  if (/^[0-9]$/.test(key)) return !target.matches(VALLEY) && !onNoControl(target);
  return MOVING_KEYS.has(key) && target.closest(MOVABLE) !== null;
}

/** {@link keyBelongsTo} in words, for the help dialog. */
export const SHORTCUT_FOCUS_RULES: readonly string[] = [
  'Keys typed into a field, a menu or a dialog stay there.',
  'Space and Enter press the focused button; the arrow keys move the focused slider or row of tabs, and on the valley they move where the hiker starts.',
  'The scene keys 1 – 9 replace your whole setup, so they act only while the valley or nothing has focus.',
  'The other shortcuts act wherever the focus is. Tab moves between controls; Escape closes a dialog.',
];

const STORAGE_KEY = 'lr-playground:single-key-shortcuts';

/**
 * Whether the single-key shortcuts are on: the reader may switch them off (WCAG 2.1.4), and the
 * choice is remembered by the browser. Where storage is not allowed, they are on.
 */
export const shortcutPreference = {
  get on(): boolean {
    try {
      return globalThis.localStorage?.getItem(STORAGE_KEY) !== 'off';
    } catch {
      return true;
    }
  },
  set on(on: boolean) {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // Storage refused (a sandboxed frame): the choice lasts as long as the page.
    }
  },
};

/**
 * Listens for the lecturer's shortcuts on `target` (the page for the standalone playground, the
 * element itself when embedded), while `enabled` says so. A key that a focused control uses is
 * that control's ({@link keyBelongsTo}): Space presses a focused button, never plays. Returns the
 * function that stops listening.
 */
export function attachShortcuts(target: EventTarget, actions: ShortcutActions, enabled: () => boolean = () => shortcutPreference.on): () => void {
  const onKey = (event: Event): void => {
    const e = event as KeyboardEvent;
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || keyBelongsTo(e.composedPath()[0], e.key)) return;
    if (e.key === 'Escape') {
      if (actions.closeHelp()) e.preventDefault();
      return;
    }
    if (!enabled()) return;
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
    else if (e.key === 'd' || e.key === 'D') actions.describe();
    else if (e.key === '?') actions.toggleHelp();
    else handled = false;
    if (handled) e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
