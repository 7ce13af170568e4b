import { LossChart } from '../chart/lossChart';
import { SweepChart } from '../chart/sweepChart';
import { formatNumber } from '../core';
import { html, svg } from '../dom/dom';
import { sweepSummary } from '../state/chartWords';
import { divergedWhen } from '../state/statusText';
import type { LossChartData, Presentation } from '../state/present';
import type { Settings } from '../state/settings';
import type { SweepPoint } from '../state/sweep';
import { dataTable } from './dataTable';
import { SweepRunner } from './sweepRunner';

/** A table: its frame and four cells. */
const TABLE_ICON = 'M1.5 2.5h13v11h-13zM3 4v3h4.25V4zm5.75 0v3H13V4zM3 8.5v3.5h4.25V8.5zm5.75 0V12H13V8.5z';

/** A sweep point's outcome in a table's words. */
const outcome = (p: SweepPoint): string =>
  p.status === 'converged' ? `converged at step ${p.stoppedAt}` : p.status === 'diverged' ? `diverged ${divergedWhen(p.stoppedAt)}` : p.status === 'max-steps' ? 'out of steps' : p.status;

/**
 * The chart card: the loss curves, or the rate sweep, on two tabs (arrow keys move between them),
 * each also shown as a table with its summary on demand.
 */
export class ChartCard {
  readonly element: HTMLElement;
  readonly loss = new LossChart();
  readonly sweep: SweepChart;
  private readonly sweeps: SweepRunner;
  private readonly body: HTMLElement;
  private readonly tabs: Record<Settings['tab'], HTMLButtonElement>;
  private readonly asTable: HTMLButtonElement;
  private tab: Settings['tab'] | undefined;
  private lossShown: LossChartData | undefined;
  private points: readonly SweepPoint[] = [];
  /** What the table shows, so it is rebuilt only when that changes. */
  private tabled: unknown;
  private readonly sizes = new ResizeObserver(() => this.fit());

  constructor(choose: (tab: Settings['tab']) => void, pick: (lr: number) => void, id: string) {
    this.sweep = new SweepChart(pick);
    this.sweeps = new SweepRunner((points, where) => {
      this.points = points;
      this.sweep.setPoints(points);
      this.sweep.element.setAttribute('aria-description', sweepSummary(points));
      // Where the last sweep was worked out: in a worker, or on the page's own thread.
      this.sweep.element.dataset.computedIn = where;
      this.drawTable();
    });
    const tab = (which: Settings['tab'], label: string): HTMLButtonElement => {
      const button = html('button', { type: 'button', role: 'tab', 'data-tab': which, id: `${id}-${which}`, 'aria-controls': `${id}-panel` }, label);
      button.addEventListener('click', () => choose(which));
      return button;
    };
    this.tabs = { loss: tab('loss', 'Loss curve'), sweep: tab('sweep', 'Rate sweep') };
    const tablist = html('div', { class: 'lrp-tabs', role: 'tablist', 'aria-label': 'Charts' }, this.tabs.loss, this.tabs.sweep);
    // The tabs pattern: one tab stop, arrows move between the tabs.
    tablist.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      const next = this.tab === 'loss' ? 'sweep' : 'loss';
      choose(next);
      this.tabs[next].focus();
    });
    // A grid of cells and the word; where the card is too narrow for both beside the tabs, the grid alone.
    const grid = svg('svg', { viewBox: '0 0 16 16', 'aria-hidden': 'true' }, svg('path', { d: TABLE_ICON, 'fill-rule': 'evenodd' }));
    this.asTable = html('button', { type: 'button', class: 'lrp-chip lrp-as-table', 'aria-pressed': 'false', 'aria-label': 'Show as a table', title: 'Show as a table' }, grid, html('span', { class: 'lrp-as-table-label' }, 'Table'));
    this.asTable.addEventListener('click', () => {
      this.asTable.setAttribute('aria-pressed', String(!this.tableShown));
      this.tab = undefined;
      this.show(this.current);
    });
    this.body = html('div', { class: 'lrp-chart-body', role: 'tabpanel', id: `${id}-panel` }, this.loss.element);
    this.element = html('div', { class: 'lrp-chart-box lrp-card', role: 'group', 'aria-label': 'Charts' }, html('div', { class: 'lrp-chart-head' }, tablist, this.asTable), this.body);
    this.sizes.observe(this.body);
    this.sizes.observe(this.sweep.plot);
  }

  private current: Settings['tab'] = 'loss';

  private get tableShown(): boolean {
    return this.asTable.getAttribute('aria-pressed') === 'true';
  }

  update({ snapshot, lossChart, sweep }: Presentation): void {
    this.current = snapshot.settings.tab;
    this.show(snapshot.settings.tab);
    if (lossChart !== this.lossShown) {
      this.lossShown = lossChart;
      this.loss.setSeries(lossChart);
      this.loss.element.setAttribute('aria-description', lossChart.summary);
      this.drawTable();
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
    for (const [which, button] of Object.entries(this.tabs)) {
      button.setAttribute('aria-selected', String(which === tab));
      button.tabIndex = which === tab ? 0 : -1;
    }
    this.body.setAttribute('aria-labelledby', this.tabs[tab].id);
    this.tabled = undefined;
    if (this.tableShown) this.drawTable();
    else this.body.replaceChildren(tab === 'loss' ? this.loss.element : this.sweep.element);
  }

  /** The shown chart's data as a table, while the table is asked for. */
  private drawTable(): void {
    if (!this.tableShown || !this.tab) return;
    const data = this.tab === 'loss' ? this.lossShown : this.points;
    if (!data || data === this.tabled) return;
    this.tabled = data;
    this.body.replaceChildren(this.tab === 'loss' ? this.lossTable(this.lossShown!) : this.sweepTable(this.points));
  }

  private lossTable({ series, names, summary, primary }: LossChartData): HTMLElement {
    const runs = series.filter((s) => !s.dashed);
    const theory = series.find((s) => s.dashed);
    // The theory is the followed hiker's: with several, its column says whose.
    const predicted = runs.length > 1 ? `loss the theory predicts for ${names[primary] ?? `run ${primary + 1}`}` : 'loss the theory predicts';
    const columns = ['step', ...runs.map((_, i) => (runs.length > 1 ? `loss, ${names[i] ?? `run ${i + 1}`}` : 'loss')), ...(theory ? [predicted] : [])];
    const length = Math.max(...series.map((s) => s.losses.length));
    const cell = (losses: readonly number[], k: number): string => (k < losses.length ? formatNumber(losses[k]!) : '–');
    const rows = Array.from({ length }, (_, k) => [String(k), ...runs.map((s) => cell(s.losses, k)), ...(theory ? [cell(theory.losses, k)] : [])]);
    return dataTable('Loss against step, as a table', summary, columns, rows);
  }

  private sweepTable(points: readonly SweepPoint[]): HTMLElement {
    const rows = points.map((p) => [formatNumber(p.lr, 3), p.status === 'diverged' ? '–' : formatNumber(p.loss), outcome(p)]);
    return dataTable('The rate sweep, as a table', sweepSummary(points), ['learning rate η', 'loss after its steps', 'how it ended'], rows);
  }

  /** Draws each chart at the size of its own box (the tab panel; the sweep's plot under its chips), whatever the card's header takes. */
  private fit(): void {
    const { clientWidth, clientHeight } = this.body;
    if (clientWidth > 0 && clientHeight > 0) this.loss.resize(clientWidth, clientHeight);
    const { plot } = this.sweep;
    if (plot.clientWidth > 0 && plot.clientHeight > 0) this.sweep.resize(plot.clientWidth, plot.clientHeight);
  }

  destroy(): void {
    this.sizes.disconnect();
    this.sweeps.destroy();
  }
}
