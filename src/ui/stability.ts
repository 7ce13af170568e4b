import { formatNumber } from '../core';
import type { Presentation } from '../state/present';
import { html } from '../dom/dom';
import type { Gauge, Landmark } from '../state/landmarks';

/**
 * The stability gauge at the primary hiker's point: the critical, optimal and no-overshoot rates
 * with a button to snap the rate to each, and what one step does along each principal axis. On a
 * valley that is not quadratic it changes as the hiker moves.
 */
export class StabilityCard {
  readonly element: HTMLElement;
  private readonly landmarks = html('div', { class: 'lrp-landmarks' });
  private readonly note = html('p', { class: 'lrp-note' });
  private readonly axes = html('ul', { class: 'lrp-axes-words' });
  /** One button per kind of landmark, kept while the hiker walks so a click always lands. */
  private readonly buttons = new Map<Landmark['kind'], HTMLButtonElement>();
  private shown: Gauge | undefined;

  constructor(private readonly snap: (lr: number) => void) {
    this.element = html('div', { class: 'lrp-stability lrp-card', role: 'group', 'aria-label': 'Stability' }, html('h2', {}, 'How the rate behaves here'), html('p', { class: 'lrp-note' }, 'The valley’s curvature here (λ: how fast its slope changes) sets these rates. Click one to use it.'), this.landmarks, this.note, this.axes);
  }

  update({ gauge: g }: Presentation): void {
    if (g === this.shown) return;
    this.shown = g;
    const kinds = new Set(g.landmarks.map((l) => l.kind));
    for (const [kind, button] of this.buttons) {
      if (!kinds.has(kind)) {
        button.remove();
        this.buttons.delete(kind);
      }
    }
    for (const l of g.landmarks) {
      const button = this.buttons.get(l.kind) ?? this.createButton(l.kind);
      button.textContent = `${l.label} ${formatNumber(l.value, 3)}`;
      button.title = `${l.title}. Click to use it.`;
      button.dataset.value = l.value.toPrecision(3);
    }
    this.note.textContent = g.note ?? '';
    this.note.hidden = !g.note;
    const items = this.axes.children;
    while (items.length < g.axes.length) this.axes.append(html('li', {}));
    while (items.length > g.axes.length) this.axes.lastElementChild?.remove();
    g.axes.forEach((text, i) => {
      if (items[i]!.textContent !== text) items[i]!.textContent = text;
    });
  }

  private createButton(kind: Landmark['kind']): HTMLButtonElement {
    const button = html('button', { type: 'button', class: 'lrp-landmark', 'data-kind': kind });
    button.addEventListener('click', () => this.snap(Number(button.dataset.value)));
    const order: Landmark['kind'][] = ['critical', 'optimal', 'no-overshoot'];
    const after = [...this.buttons.entries()].filter(([k]) => order.indexOf(k) < order.indexOf(kind)).map(([, b]) => b).pop();
    if (after) after.after(button);
    else this.landmarks.prepend(button);
    this.buttons.set(kind, button);
    return button;
  }
}
