import type { LegendEntry, Presentation } from '../state/present';
import { html } from '../dom/dom';

/** Who is who when several hikers walk: colour, rate, and how each ended. Click one to follow it. */
export class Legend {
  readonly element = html('ol', { class: 'lrp-legend', 'aria-label': 'Hikers' });
  private shown: readonly LegendEntry[] | undefined;

  constructor(private readonly follow: (index: number) => void) {}

  update({ legend }: Presentation): void {
    if (legend === this.shown) return;
    this.shown = legend;
    this.element.hidden = legend.length < 2;
    this.element.replaceChildren(
      ...legend.map((entry, i) => {
        const button = html(
          'button',
          { type: 'button', 'aria-pressed': String(entry.followed), title: 'Follow this hiker in the readouts' },
          html('span', { class: 'lrp-swatch', style: `background: ${entry.color ?? 'var(--lrp-accent)'}` }),
          html('span', {}, entry.label),
          html('span', { class: 'lrp-outcome' }, entry.outcome),
        );
        button.addEventListener('click', () => this.follow(i));
        return html('li', {}, button);
      }),
    );
  }
}
