import { formatNumber, formatReadable } from '../core';
import type { Presentation, Readings } from '../state/present';
import { html } from '../dom/dom';

/**
 * Step, loss, slope, rate and status, in words and numbers. With several hikers, the group's
 * status comes first, and the followed hiker's line, whose numbers these are, under it.
 */
export class Readouts {
  readonly element: HTMLElement;
  private readonly values: Record<'step' | 'loss' | 'slope' | 'rate', HTMLElement>;
  private readonly group = html('p', { class: 'lrp-group-status', hidden: true });
  private readonly status = html('p', { class: 'lrp-status' });
  private shown: Readings | undefined;

  constructor() {
    const cell = (label: string, title: string): [HTMLElement, HTMLElement] => {
      const value = html('dd', {}, '–');
      return [html('div', { title }, html('dt', {}, label), value), value];
    };
    const [step, stepValue] = cell('step', 'Steps taken so far, and the most this run takes');
    const [loss, lossValue] = cell('loss', 'How wrong the model is at the hiker’s point');
    const [slope, slopeValue] = cell('slope', 'How steep the ground is where the hiker stands: the length of the gradient, |∇f|');
    const [rate, rateValue] = cell('learning rate η', 'The learning rate used for the next step (η, the Greek letter eta)');
    this.values = { step: stepValue, loss: lossValue, slope: slopeValue, rate: rateValue };
    this.element = html('div', { class: 'lrp-readouts lrp-card', role: 'group', 'aria-label': 'Readouts' }, html('dl', { class: 'lrp-readout-values' }, step, loss, slope, rate), this.group, this.status);
  }

  update({ readings }: Presentation): void {
    if (readings === this.shown) return;
    this.shown = readings;
    this.values.step.textContent = `${readings.step} / ${readings.lastStep}`;
    this.values.loss.textContent = formatReadable(readings.loss);
    this.values.slope.textContent = formatReadable(readings.slope);
    this.values.rate.textContent = formatNumber(readings.rate);
    this.status.dataset.status = readings.hikerStatus;
    const { group, followed } = readings;
    this.group.hidden = !group;
    if (group) {
      this.group.dataset.status = group.status;
      this.group.replaceChildren(html('strong', {}, group.headline), ` · ${group.detail}`);
    }
    const who = followed ? [html('span', { class: 'lrp-followed' }, `Followed, ${followed}:`), ' '] : [];
    this.status.replaceChildren(...who, html('strong', {}, readings.text.headline), ` · ${readings.text.detail}`);
  }
}
