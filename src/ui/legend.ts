import type { Snapshot } from '../state/snapshot';
import { html } from '../dom/dom';

/** Who is who when several hikers walk: colour, rate, and how each ended. Click one to follow it. */
export class Legend {
  readonly element = html('ol', { class: 'lrp-legend', 'aria-label': 'Hikers' });
  private shown = '';

  constructor(private readonly follow: (index: number) => void) {}

  update(snapshot: Snapshot): void {
    const { hikers, primary } = snapshot;
    const outcome = (i: number): string => {
      const h = hikers[i];
      if (!h || snapshot.position < h.run.stoppedAt) return '';
      if (h.run.status === 'converged') return `converged at ${h.run.stoppedAt}`;
      if (h.run.status === 'diverged') return `diverged at ${h.run.stoppedAt + 1}`;
      if (h.run.status === 'epochs-done') return 'epochs done';
      return h.run.status === 'max-steps' ? 'out of steps' : 'stopped improving';
    };
    const key = JSON.stringify([hikers.map((h, i) => [h.spec.label, h.spec.color, outcome(i)]), primary]);
    if (key === this.shown) return;
    this.shown = key;
    this.element.hidden = hikers.length < 2;
    this.element.replaceChildren(
      ...hikers.map((h, i) => {
        const button = html(
          'button',
          { type: 'button', 'aria-pressed': String(i === primary), title: 'Follow this hiker in the readouts' },
          html('span', { class: 'lrp-swatch', style: `background: ${h.spec.color ?? 'var(--lrp-accent)'}` }),
          html('span', {}, h.spec.label),
          html('span', { class: 'lrp-outcome' }, outcome(i)),
        );
        button.addEventListener('click', () => this.follow(i));
        return html('li', {}, button);
      }),
    );
  }
}
