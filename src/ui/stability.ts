import { formatNumber, type Run } from '../core';
import type { Snapshot } from '../state/snapshot';
import { html } from './dom';
import { gauge, type Gauge, type Landmark } from './stabilityText';

/**
 * The stability gauge at the primary hiker's point: the critical, optimal and no-overshoot rates
 * with a button to snap the rate to each, and what one step does along each principal axis. On a
 * valley that is not quadratic it changes as the hiker moves.
 */
export class Stability {
  readonly element: HTMLElement;
  private readonly landmarks = html('div', { class: 'lrp-landmarks' });
  private readonly axes = html('ul', { class: 'lrp-axes-words' });
  private shown = '';
  /** The gauge last shown, for the slider's marks and data-critical-lr. */
  current: Gauge = { landmarks: [], axes: [] };

  constructor(private readonly snap: (lr: number) => void) {
    this.element = html('section', { class: 'lrp-stability lrp-card', 'aria-label': 'Stability' }, html('h2', {}, 'Stability here'), this.landmarks, this.axes);
  }

  update(snapshot: Snapshot): void {
    const { derived, step, primary } = snapshot;
    const run = derived.runs[primary] as Run;
    const spec = derived.specs[primary];
    if (!spec) return;
    const optimizer = spec.input.optimizer ?? 'sgd';
    const momentum = spec.input.momentum ?? 0.9;
    const lr = run.lrs[Math.min(step, run.lrs.length - 1)] ?? run.lr;
    const point = run.path[step] as number[];
    const key = `${derived.surface.id}|${JSON.stringify(derived.surface.values)}|${point.join()}|${optimizer}|${momentum}|${lr}`;
    if (key === this.shown) return;
    this.shown = key;
    const g = gauge(derived.surface, point, optimizer, momentum, lr);
    this.current = g;
    this.landmarks.replaceChildren(
      ...g.landmarks.map((l) => this.landmarkButton(l)),
      ...(g.note ? [html('p', { class: 'lrp-note' }, g.note)] : []),
    );
    this.axes.replaceChildren(...g.axes.map((text) => html('li', {}, text)));
  }

  private landmarkButton(l: Landmark): HTMLElement {
    const button = html('button', { type: 'button', class: 'lrp-landmark', 'data-kind': l.kind, title: `${l.title}. Click to use it.` }, `${l.label} ${formatNumber(l.value, 3)}`);
    button.addEventListener('click', () => this.snap(Number(l.value.toPrecision(3))));
    return button;
  }
}
