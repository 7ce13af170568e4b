import { Dialog } from './dialog';
import { html } from '../dom/dom';
import { shortcutList } from './shortcuts';

/** The overlay that lists the keyboard shortcuts. */
export class Help extends Dialog {
  constructor(close: () => void) {
    super('Keyboard shortcuts', close, html('dl', {}, ...shortcutList.flatMap(([key, what]) => [html('dt', {}, html('kbd', {}, key)), html('dd', {}, what)])));
    this.element.classList.add('lrp-help');
  }
}
