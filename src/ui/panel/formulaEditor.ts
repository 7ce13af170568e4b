import type GUI from 'lil-gui';
import { FUNCTION_NAMES } from '../../core/formula';
import { html, setAttributes } from '../../dom/dom';
import { FORMULA_EXAMPLES } from '../../state/formulas';
import { formulaField } from '../../state/schema';
import { formulaSurface } from '../../state/surface';
import type { Controls } from './controls';

/** How long typing must pause before a formula that parses becomes the valley. */
const FORMULA_PAUSE_MS = 400;

const HELP = `Use x and y, numbers, + − * / ^, ( ), pi, e and ${FUNCTION_NAMES.join(', ')}.`;

/**
 * The typed valley's formula, checked as it is typed: a formula that parses becomes the valley
 * once typing pauses (or on Enter); one that does not leaves the valley as it was and says why
 * under the field. Below it, examples to pick from.
 */
export class FormulaEditor {
  /** A typed formula waiting for a pause in typing to become the valley. */
  private pending: ReturnType<typeof setTimeout> | undefined;

  /** `id` names the message under the field, which the field points to (`aria-describedby`). */
  constructor(folder: GUI, controls: Controls, id: string) {
    const { model, store } = controls;
    const key = `${formulaField.key}#text`;
    const exampleKey = `${formulaField.key}#example`;
    const exampleOf = (text: string): string => (FORMULA_EXAMPLES.some((e) => e.formula === text) ? text : '');
    let shown = store.get().formula;
    model[key] = shown;
    model[exampleKey] = exampleOf(shown);
    const field = folder.add(model, key).name('f(x, y) =');
    field.domElement.classList.add('lrp-formula');
    const input = field.domElement.querySelector('input') as HTMLInputElement;
    const message = html('p', { class: 'lrp-formula-message', id, 'aria-live': 'polite' }, HELP);
    setAttributes(input, { spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off', 'aria-describedby': id });
    field.domElement.after(message);
    const examples = folder.add(model, exampleKey, { 'pick one…': '', ...Object.fromEntries(FORMULA_EXAMPLES.map((e) => [e.label, e.formula])) }).name('examples');

    /** Says at once whether the text is a formula; takes it as the valley now, or once typing pauses. */
    const check = (text: string, now = true): void => {
      clearTimeout(this.pending);
      const result = formulaSurface(text);
      const error = result instanceof Error ? result : undefined;
      input.toggleAttribute('aria-invalid', error !== undefined);
      message.toggleAttribute('data-error', error !== undefined);
      message.textContent = error ? `${error.message} The valley stays as it was.` : HELP;
      if (error || text === store.get().formula) return;
      const take = (): void => {
        shown = text;
        model[exampleKey] = exampleOf(text);
        examples.updateDisplay();
        controls.write(formulaField, text);
      };
      // While typing, "x^2 + 3" is a formula too: wait for a pause before redrawing the valley.
      if (now) take();
      else this.pending = setTimeout(take, FORMULA_PAUSE_MS);
    };
    field.onChange((text: string) => check(text, false));
    field.onFinishChange((text: string) => check(text));
    examples.onChange((text: string) => {
      if (!text) return;
      model[key] = text;
      field.updateDisplay();
      check(text);
    });
    controls.onRefresh(() => {
      const current = store.get().formula;
      if (current === shown) return;
      // Changed elsewhere (the URL, an embed's attribute): show it, and drop any error shown.
      shown = current;
      model[key] = current;
      model[exampleKey] = exampleOf(current);
      field.updateDisplay();
      examples.updateDisplay();
      check(current);
    });
  }

  /** Drops a formula still waiting for typing to pause. */
  destroy(): void {
    clearTimeout(this.pending);
  }
}
