import type { LegendEntry, Presentation } from '../state/present';
import { html, svg } from '../dom/dom';

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
          // The colour and the dash of its loss curve: the legend tells hikers apart without colour too.
          svg('svg', { class: 'lrp-swatch', viewBox: '0 0 24 8', 'aria-hidden': 'true' }, svg('line', { x1: 1, x2: 23, y1: 4, y2: 4, stroke: entry.color ?? 'var(--lrp-accent)', 'stroke-width': 3, 'stroke-dasharray': entry.dash.map((d) => d / 2).join(' ') || 'none' })),
          html('span', {}, entry.label),
          html('span', { class: 'lrp-outcome' }, entry.outcome),
        );
        button.addEventListener('click', () => this.follow(i));
        return html('li', {}, button);
      }),
    );
  }
}
