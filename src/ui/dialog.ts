import { button, html } from '../dom/dom';

/** A modal box over the playground, closed by its button, a click outside it, or Escape. */
export class Dialog {
  readonly element: HTMLElement;
  protected readonly box: HTMLElement;

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
    this.element.hidden = !open;
    if (open) this.element.querySelector<HTMLElement>('button, textarea')?.focus();
  }
}
