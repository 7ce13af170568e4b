import { button, html } from '../dom/dom';

/** A modal box over the playground, closed by its button, a click outside it, or Escape. */
export class Dialog {
  readonly element: HTMLElement;
  protected readonly box: HTMLElement;
  /** What had the focus when the dialog opened. */
  private opener: HTMLElement | undefined;

  constructor(label: string, close: () => void, ...content: HTMLElement[]) {
    this.box = html('div', { class: 'lrp-dialog-box' }, html('h2', {}, label), ...content, button('close-dialog', close, {}, 'Close'));
    this.element = html('div', { class: 'lrp-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': label, hidden: true }, this.box);
    this.element.addEventListener('click', (event) => {
      if (event.target === this.element) close();
    });
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  set open(open: boolean) {
    if (open === this.open) return;
    const root = this.element.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement;
    if (open) this.opener = focused instanceof HTMLElement ? focused : undefined;
    this.element.hidden = !open;
    if (open) this.element.querySelector<HTMLElement>('button, textarea')?.focus();
    // Closed, it hands the focus back to where it was, not to the page (where a deck would take the next key).
    else if (focused && this.element.contains(focused)) this.opener?.focus();
  }
}
