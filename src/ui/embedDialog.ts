import { Dialog } from './dialog';
import { button, html } from '../dom/dom';
import type { EmbedCode } from './embedCode';

/** Copies text to the clipboard, or failing that selects it in `field` for the reader to copy. */
async function copy(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}

/** The dialog with the embed code of the current settings, each snippet with its copy button. */
export class EmbedDialog extends Dialog {
  private readonly fields: { element: HTMLTextAreaElement; iframe: HTMLTextAreaElement };

  constructor(close: () => void) {
    const field = (label: string): HTMLTextAreaElement => html('textarea', { readonly: true, spellcheck: 'false', 'aria-label': label, rows: 3 });
    const fields = { element: field('Embed code: script and element'), iframe: field('Embed code: iframe') };
    // A focused button's new name is seldom read out: the outcome is said here too.
    const said = html('p', { class: 'lrp-sr-only', role: 'status' });
    const section = (title: string, note: string, which: keyof typeof fields): HTMLElement => {
      const copyButton = button(
        `copy-${which}`,
        () => {
          void copy(fields[which].value, fields[which]).then((done) => {
            copyButton.textContent = done ? 'Copied' : 'Selected: press Ctrl+C';
            said.textContent = done ? 'Copied to the clipboard.' : 'The code is selected: press Ctrl+C to copy it.';
            setTimeout(() => {
              copyButton.textContent = 'Copy';
              said.textContent = '';
            }, 2000);
          });
        },
        {},
        'Copy',
      );
      return html('section', {}, html('h3', {}, title), html('p', {}, note), fields[which], copyButton);
    };
    super(
      'Embed this playground',
      close,
      html(
        'div',
        { class: 'lrp-embed' },
        section('Script and element', 'For pages that allow scripts: add both lines where the playground should go; several per page are fine.', 'element'),
        section('Iframe', 'For platforms that strip scripts.', 'iframe'),
        said,
      ),
    );
    this.fields = fields;
  }

  /** Fills in the code for the settings of the moment. */
  show(code: EmbedCode): void {
    this.fields.element.value = code.element;
    this.fields.iframe.value = code.iframe;
    this.open = true;
  }
}
