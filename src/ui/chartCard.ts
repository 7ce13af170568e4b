import { LossChart } from '../chart/lossChart';
import { SweepChart } from '../chart/sweepChart';
import { html } from '../dom/dom';
import type { LossChartData, Presentation } from '../state/present';
import type { Settings } from '../state/settings';
import { SweepRunner } from './sweepRunner';

/** The chart card: the loss curves, or the rate sweep, on two tabs. */
export class ChartCard {
  readonly element: HTMLElement;
  readonly loss = new LossChart();
  readonly sweep: SweepChart;
  private readonly sweeps: SweepRunner;
  private readonly body: HTMLElement;
  private readonly tabs: Record<Settings['tab'], HTMLButtonElement>;
  private tab: Settings['tab'] | undefined;
  private lossShown: LossChartData | undefined;

  constructor(choose: (tab: Settings['tab']) => void, pick: (lr: number) => void) {
    this.sweep = new SweepChart(pick);
    this.sweeps = new SweepRunner((points, where) => {
      this.sweep.setPoints(points);
      // Where the last sweep was worked out: in a worker, or on the page's own thread.
      this.sweep.element.dataset.computedIn = where;
    });
    const tab = (id: Settings['tab'], label: string): HTMLButtonElement => {
      const button = html('button', { type: 'button', role: 'tab', 'data-tab': id }, label);
      button.addEventListener('click', () => choose(id));
      return button;
    };
    this.tabs = { loss: tab('loss', 'Loss curve'), sweep: tab('sweep', 'Rate sweep') };
    this.body = html('div', { class: 'lrp-chart-body' }, this.loss.element);
    this.element = html('section', { class: 'lrp-chart-box lrp-card' }, html('div', { class: 'lrp-tabs', role: 'tablist' }, this.tabs.loss, this.tabs.sweep), this.body);
  }

  update({ snapshot, lossChart, sweep }: Presentation): void {
    this.show(snapshot.settings.tab);
    if (lossChart !== this.lossShown) {
      this.lossShown = lossChart;
      this.loss.setSeries(lossChart);
    }
    this.loss.setStep(snapshot.step);
    if (sweep) {
      this.sweep.setMarks(sweep.criticalLr, sweep.lr);
      this.sweeps.request(sweep.request);
    }
  }

  private show(tab: Settings['tab']): void {
    if (tab === this.tab) return;
    this.tab = tab;
    for (const [id, button] of Object.entries(this.tabs)) button.setAttribute('aria-selected', String(id === tab));
    this.body.replaceChildren(tab === 'loss' ? this.loss.element : this.sweep.element);
  }

  resize(width: number, height: number): void {
    this.loss.resize(width, height);
    this.sweep.resize(width, Math.max(60, height - 34));
  }

  destroy(): void {
    this.sweeps.destroy();
  }
}
