/**
 * Which keys pressed inside a playground stay there. A slide deck or a page listens for its own
 * keys on the document (reveal.js moves to the next slide on Space, back on ↑ or `p`); a key the
 * playground used must not do that too, and a key it did not use must reach the page as if the
 * playground were not there.
 */

/** What a keyboard event says about the key. */
export interface KeyPress {
  readonly key: string;
  /** Whether the playground handled the key (it cancels what it handles). */
  readonly defaultPrevented: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** The focused control inside the playground, as the browser's own handling of keys sees it. */
export interface FocusedControl {
  readonly tagName: string;
  readonly type?: string;
  readonly role?: string | null;
  readonly editable?: boolean;
  /** Whether it is inside an open dialog, whose Escape closes the dialog. */
  readonly inDialog?: boolean;
}

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];
const SLIDER_KEYS = [...ARROWS, 'Home', 'End', 'PageUp', 'PageDown'];
const PRESS_KEYS = [' ', 'Enter'];
/** Inputs that take whatever is typed. */
const TYPED_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);

/** The keys a focused control acts on by itself (typing, pressing, moving a slider): all, or a list. */
function keysUsedBy(control: FocusedControl): 'all' | readonly string[] {
  const tag = control.tagName.toLowerCase();
  const type = (control.type ?? '').toLowerCase();
  if (control.editable || tag === 'textarea' || tag === 'select' || (tag === 'input' && (TYPED_INPUTS.has(type) || type === ''))) return 'all';
  if ((tag === 'input' && type === 'range') || control.role === 'slider') return SLIDER_KEYS;
  if (tag === 'input' && type === 'radio') return [...ARROWS, ' '];
  if (tag === 'input' && type === 'checkbox') return [' '];
  if (tag === 'button' || tag === 'summary' || tag === 'a' || tag === 'input' || control.role === 'button' || control.role === 'tab') return PRESS_KEYS;
  return [];
}

/**
 * Whether a key pressed in the playground stays there: one the playground handled, or one the
 * focused control uses (letters typed in a field, Space on a button, arrows on a slider). Tab and
 * Escape always leave the control, and Ctrl or ⌘ combinations (copy, find, the page's own
 * shortcuts) always reach the page; but Escape in an open dialog is the dialog's, which it closes.
 */
export function keyStaysHome(press: KeyPress, control: FocusedControl | undefined): boolean {
  if (press.defaultPrevented) return true;
  if (press.key === 'Escape' && control?.inDialog) return true;
  if (!control || press.key === 'Tab' || press.key === 'Escape' || press.ctrlKey || press.metaKey) return false;
  const keys = keysUsedBy(control);
  return keys === 'all' || keys.includes(press.key);
}

/** The focused control a keyboard event comes from, if it is inside `host`'s shadow root (not the host itself). */
function controlOf(event: Event, host: HTMLElement): FocusedControl | undefined {
  const origin = event.composedPath()[0];
  if (!(origin instanceof HTMLElement) || origin === host) return undefined;
  return {
    tagName: origin.tagName,
    type: origin instanceof HTMLInputElement ? origin.type : undefined,
    role: origin.getAttribute('role'),
    editable: origin.isContentEditable,
    inDialog: origin.closest('dialog[open]') !== null,
  };
}

/**
 * Moves the focus from inside the playground to `host` itself, where the page's keys work. A host
 * is made focusable for that moment only: a lasting tabindex of -1 would take the playground's
 * controls out of the Tab order.
 */
function focusHost(host: HTMLElement): void {
  if (!host.hasAttribute('tabindex')) {
    host.setAttribute('tabindex', '-1');
    const done = new AbortController();
    const restore = (): void => {
      host.removeAttribute('tabindex');
      done.abort();
    };
    host.addEventListener('blur', restore, { signal: done.signal });
    host.shadowRoot?.addEventListener('focusin', restore, { signal: done.signal });
  }
  host.focus({ preventScroll: true });
}

/**
 * Keeps the keys the playground uses inside `host`: a kept keydown, and the keypress and keyup of
 * the same key, stop at the host. Escape pressed inside, and used by nothing there (no dialog to
 * close: the dialog's own Escape is left to it), moves the focus to the host itself, so that the page's keys work again while Tab still
 * leads back in. Returns the function that stops listening.
 */
export function keepKeysHome(host: HTMLElement): () => void {
  /** The keys whose keydown was kept, until their keyup. */
  const kept = new Set<string>();
  let lastKept = false;
  const onKeyDown = (event: KeyboardEvent): void => {
    const control = controlOf(event, host);
    if (event.key === 'Escape' && !event.defaultPrevented && control && !control.inDialog) {
      event.preventDefault();
      focusHost(host);
    }
    lastKept = keyStaysHome(event, control);
    if (!lastKept) return;
    kept.add(event.code || event.key);
    event.stopPropagation();
  };
  const onKeyPress = (event: KeyboardEvent): void => {
    if (lastKept) event.stopPropagation();
  };
  const onKeyUp = (event: KeyboardEvent): void => {
    if (kept.delete(event.code || event.key)) event.stopPropagation();
  };
  host.addEventListener('keydown', onKeyDown);
  host.addEventListener('keypress', onKeyPress);
  host.addEventListener('keyup', onKeyUp);
  return () => {
    host.removeEventListener('keydown', onKeyDown);
    host.removeEventListener('keypress', onKeyPress);
    host.removeEventListener('keyup', onKeyUp);
  };
}
