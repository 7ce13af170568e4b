import { button, html } from '../dom/dom';

/** The element that has focus, looking into shadow roots (a playground inside a custom element). */
export function focusedElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? focusedElement(active.shadowRoot) : active;
}

/**
 * A modal dialog over the playground: a native `<dialog>` shown with `showModal()`, so the page
 * behind it is inert and Escape closes it. Closed by its button, a click outside it, or Escape;
 * focus then goes back to the control that opened it.
 */
export class Dialog {
  readonly element: HTMLDialogElement;
  protected readonly box: HTMLElement;
  /** What had focus when the dialog opened, to give it back. */
  private opener: HTMLElement | undefined;

  constructor(label: string, close: () => void, ...content: HTMLElement[]) {
    this.box = html('div', { class: 'lrp-dialog-box' }, html('h2', {}, label), ...content, button('close-dialog', close, {}, 'Close'));
    this.element = html('dialog', { class: 'lrp-dialog', 'aria-label': label }, this.box);
    // A click on the backdrop lands on the dialog itself, outside its box.
    this.element.addEventListener('click', (event) => {
      if (event.target === this.element) close();
    });
    // Escape: the browser closes the dialog; say so, so the playground's state follows.
    this.element.addEventListener('cancel', (event) => {
      event.preventDefault();
      close();
    });
  }

  get open(): boolean {
    return this.element.open;
  }

  set open(open: boolean) {
    if (open === this.element.open) return;
    if (open) {
      const focused = focusedElement();
      this.opener = focused instanceof HTMLElement ? focused : undefined;
      if (this.element.isConnected) this.element.showModal();
      this.element.querySelector<HTMLElement>('input, textarea, button')?.focus();
    } else {
      this.element.close();
      if (this.opener?.isConnected) this.opener.focus();
      this.opener = undefined;
    }
  }
}
