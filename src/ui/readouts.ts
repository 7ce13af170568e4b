import { formatNumber, type Run } from '../core';
import type { PlayStatus } from '../state/playhead';
import { html } from '../dom/dom';
import { describeStatus } from './status';

/** Step, loss, slope, rate and status, in words and numbers. */
export class Readouts {
  readonly element: HTMLElement;
  private readonly values: Record<'step' | 'loss' | 'slope' | 'rate', HTMLElement>;
  private readonly status = html('p', { class: 'lrp-status', 'aria-live': 'polite' });
  private shown = '';

  constructor() {
    const cell = (label: string, title: string): [HTMLElement, HTMLElement] => {
      const value = html('dd', {}, '–');
      return [html('div', { title }, html('dt', {}, label), value), value];
    };
    const [step, stepValue] = cell('step', 'Steps taken so far, and the most this run takes');
    const [loss, lossValue] = cell('loss', 'How wrong the model is at the hiker’s point');
    const [slope, slopeValue] = cell('slope |∇f|', 'How steep the ground is where the hiker stands');
    const [rate, rateValue] = cell('rate η', 'The learning rate used for the next step');
    this.values = { step: stepValue, loss: lossValue, slope: slopeValue, rate: rateValue };
    this.element = html('dl', { class: 'lrp-readouts lrp-card' }, step, loss, slope, rate, this.status);
  }

  update(run: Run, step: number, status: PlayStatus): void {
    const key = `${step}|${status}|${run.stoppedAt}|${run.losses[step]}`;
    if (key === this.shown) return;
    this.shown = key;
    const grad = run.grads[step] ?? [];
    this.values.step.textContent = `${step} / ${run.stoppedAt}`;
    this.values.loss.textContent = formatNumber(run.losses[step] as number);
    this.values.slope.textContent = formatNumber(Math.hypot(...grad));
    this.values.rate.textContent = formatNumber(run.lrs[Math.min(step, run.lrs.length - 1)] ?? run.lr);
    const text = describeStatus(status, run, step);
    this.status.dataset.status = status;
    this.status.replaceChildren(html('strong', {}, text.headline), ` · ${text.detail}`);
  }
}
