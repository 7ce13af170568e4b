import { Dialog } from './dialog';
import { html } from '../dom/dom';
import { SHORTCUT_FOCUS_RULES, shortcutList, shortcutPreference } from './shortcuts';

/** The dialog that lists the keyboard shortcuts, with the switch that turns the single-key ones off. */
export class Help extends Dialog {
  constructor(close: () => void) {
    const toggle = html('input', { type: 'checkbox', class: 'lrp-shortcuts-toggle' });
    toggle.checked = shortcutPreference.on;
    toggle.addEventListener('change', () => (shortcutPreference.on = toggle.checked));
    super(
      'Keyboard shortcuts',
      close,
      html(
        'label',
        { class: 'lrp-switch' },
        toggle,
        ' Single-key shortcuts on (turn them off if they get in the way of your screen reader or voice control; this browser remembers)',
      ),
      html('dl', {}, ...shortcutList.flatMap(([key, what]) => [html('dt', {}, html('kbd', {}, key)), html('dd', {}, what)])),
      html('p', { class: 'lrp-help-focus' }, SHORTCUT_FOCUS_RULES.join(' ')),
    );
    this.element.classList.add('lrp-help');
    // Another playground (or tab) may have changed the choice meanwhile.
    this.element.addEventListener('toggle', () => (toggle.checked = shortcutPreference.on));
  }
}
