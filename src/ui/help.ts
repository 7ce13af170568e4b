import { html } from './dom';
import { shortcutList } from './shortcuts';

/** The overlay that lists the keyboard shortcuts. */
export class Help {
  readonly element: HTMLElement;

  constructor(close: () => void) {
    const button = html('button', { type: 'button', class: 'lrp-button', 'data-action': 'close-help' }, 'Close');
    button.addEventListener('click', close);
    this.element = html(
      'div',
      { class: 'lrp-help', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Keyboard shortcuts', hidden: true },
      html(
        'div',
        { class: 'lrp-help-box' },
        html('h2', {}, 'Keyboard shortcuts'),
        html('dl', {}, ...shortcutList.flatMap(([key, what]) => [html('dt', {}, html('kbd', {}, key)), html('dd', {}, what)])),
        button,
      ),
    );
    this.element.addEventListener('click', (event) => {
      if (event.target === this.element) close();
    });
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  set open(open: boolean) {
    this.element.hidden = !open;
    if (open) this.element.querySelector('button')?.focus();
  }
}
