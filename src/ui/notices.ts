import { html } from '../dom/dom';

/**
 * Messages about ignored settings (a bad URL value, an attribute out of range): visible, never
 * blocking, dismissible, and always shown as plain text.
 */
export class Notices {
  readonly element = html('div', { class: 'lrp-notices', role: 'status', 'aria-live': 'polite' });

  show(messages: readonly string[]): void {
    for (const message of messages) {
      const close = html('button', { type: 'button', 'aria-label': 'Dismiss' }, '×');
      const notice = html('div', { class: 'lrp-notice' }, html('p', {}, message), close);
      close.addEventListener('click', () => notice.remove());
      this.element.append(notice);
      setTimeout(() => notice.remove(), 15000);
    }
    while (this.element.childElementCount > 6) this.element.firstElementChild?.remove();
  }
}
