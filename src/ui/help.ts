import { Dialog } from './dialog';
import { html } from '../dom/dom';
import { shortcutList, shortcutPreference } from './shortcuts';

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
      html('p', {}, 'Shortcuts never act while a button, a field, a slider or a menu has focus: Space and Enter press the control, arrows move it. Tab moves between controls; Escape closes a dialog.'),
    );
    this.element.classList.add('lrp-help');
    // Another playground (or tab) may have changed the choice meanwhile.
    this.element.addEventListener('toggle', () => (toggle.checked = shortcutPreference.on));
  }
}
