import { formatNumber, formatTick } from '../core';
import { html, setAttributes, svg, textScale } from '../dom/dom';
import { svgPoint } from '../dom/pointer';
import { scaleMargins, type Margins } from '../state/margins';
import type { SweepPoint } from '../state/sweep';
import { createSweepModel, type SweepMetric, type SweepModel } from './sweepModel';

/** Room for the tick labels, the axis's title under them, and the row of runs off the scale above the plot, for 12 px type. */
const MARGINS = { top: 22, right: 14, bottom: 44, left: 46 };

/** A sweep point's outcome in a few words. */
const outcomeOf = (point: SweepPoint): string =>
  point.status === 'converged' ? `converged at step ${point.stoppedAt}` : point.status === 'diverged' ? 'diverged' : `loss ${formatNumber(point.loss, 3)}`;

/** Keys that move the chosen run, by how many runs. */
const MOVES: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 30, PageDown: -30 };

/**
 * The learning-rate range test: final loss (or steps to converge) of hundreds of runs against
 * their rate, with the cliff at the critical rate marked. Clicking a run picks its rate; so does
 * the keyboard, for the plot is a slider over the runs: arrows (Page Up/Down by thirty, Home and
 * End) choose one, and Enter or Space takes its rate.
 */
export class SweepChart {
  readonly element: HTMLElement;
  /** The plot (sized by its box: the card measures it). */
  readonly plot = svg('svg', { class: 'lrp-chart lrp-sweep', role: 'slider', tabindex: 0, 'aria-label': 'Rate sweep: choose a run, Enter uses its rate' });
  /** The run chosen with the keyboard, ringed. */
  private chosen = -1;
  private readonly ring = svg('circle', { class: 'lrp-sweep-chosen', r: 5.5, visibility: 'hidden' });
  private readonly axes = svg('g', { class: 'lrp-chart-axis' });
  private readonly grid = svg('g', { class: 'lrp-chart-grid' });
  private readonly dots = svg('g', { class: 'lrp-sweep-dots' });
  private readonly critical = svg('g', { class: 'lrp-sweep-critical' });
  private readonly current = svg('line', { class: 'lrp-sweep-current' });
  private readonly hover = svg('text', { class: 'lrp-sweep-hover' });
  private readonly metricButtons: Record<SweepMetric, HTMLButtonElement>;
  private model: SweepModel | undefined;
  private points: readonly SweepPoint[] = [];
  private metric: SweepMetric = 'loss';
  private size = { width: 300, height: 200 };
  private marks: { critical?: number; lr: number } = { lr: 1 };
  /** The margins for the axes' type as it is set now (larger in presenter mode), and that type's scale. */
  private margins: Margins = MARGINS;
  private textScale = 1;

  constructor(pick: (lr: number) => void) {
    // The words over the plot (the floor, the critical rate) above the runs' dots, which they may cross.
    this.plot.append(this.grid, this.dots, this.axes, this.critical, this.current, this.ring, this.hover);
    const metricButton = (metric: SweepMetric, label: string): HTMLButtonElement => {
      const button = html('button', { type: 'button', class: 'lrp-chip', 'aria-pressed': String(metric === this.metric) }, label);
      button.addEventListener('click', () => {
        this.metric = metric;
        for (const [m, b] of Object.entries(this.metricButtons)) b.setAttribute('aria-pressed', String(m === metric));
        this.rebuild();
      });
      return button;
    };
    this.metricButtons = { loss: metricButton('loss', 'final loss'), steps: metricButton('steps', 'steps to converge') };
    this.element = html('div', { class: 'lrp-sweep-box' }, html('div', { class: 'lrp-chips' }, this.metricButtons.loss, this.metricButtons.steps), this.plot);
    this.plot.addEventListener('pointermove', (event) => this.showHover(event));
    this.plot.addEventListener('pointerleave', () => (this.hover.textContent = ''));
    this.plot.addEventListener('click', (event) => {
      const dot = this.dotAt(event);
      if (dot) pick(Number(dot.point.lr.toPrecision(3)));
    });
    this.plot.addEventListener('keydown', (event) => {
      const last = this.points.length - 1;
      if (last < 0) return;
      const start = this.chosen < 0 ? this.nearestTo(this.marks.lr) : this.chosen;
      let next: number | undefined;
      if (event.key in MOVES) next = start + MOVES[event.key]!;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = last;
      else if ((event.key === 'Enter' || event.key === ' ') && this.chosen >= 0) {
        event.preventDefault();
        pick(Number(this.points[this.chosen]!.lr.toPrecision(3)));
        return;
      }
      if (next === undefined) return;
      event.preventDefault();
      this.choose(Math.max(0, Math.min(last, next)));
    });
  }

  /** The run whose rate is nearest `lr`. */
  private nearestTo(lr: number): number {
    let best = 0;
    this.points.forEach((p, i) => {
      if (Math.abs(Math.log(p.lr / lr)) < Math.abs(Math.log(this.points[best]!.lr / lr))) best = i;
    });
    return best;
  }

  /** Rings run i and says what it did, to the eye and to a screen reader. */
  private choose(i: number): void {
    this.chosen = i;
    const dot = this.model?.dots[i];
    if (!dot || !this.points[i]) return;
    setAttributes(this.ring, { cx: dot.cx, cy: dot.cy, visibility: 'visible' });
    this.tellValue();
    this.say(dot);
  }

  /**
   * The slider's value: the run chosen with the keys, or until one is, the run nearest the rate in
   * force, so that a screen reader arriving on the sweep hears where it stands.
   */
  private tellValue(): void {
    if (this.points.length === 0) return;
    const i = this.chosen >= 0 ? this.chosen : this.nearestTo(this.marks.lr);
    const point = this.points[i]!;
    const current = this.chosen < 0 || i === this.nearestTo(this.marks.lr) ? ', the rate in force' : '';
    setAttributes(this.plot, { 'aria-valuenow': i, 'aria-valuetext': `η ${formatNumber(point.lr, 3)}${current}: ${outcomeOf(point)}` });
  }

  /** A new size, and the axes' type measured with it (larger in presenter mode). */
  resize(width: number, height: number): void {
    const k = textScale(this.hover);
    if (width === this.size.width && height === this.size.height && k === this.textScale) return;
    this.size = { width, height };
    this.textScale = k;
    this.margins = scaleMargins(MARGINS, k);
    this.rebuild();
  }

  setPoints(points: readonly SweepPoint[]): void {
    this.points = points;
    setAttributes(this.plot, { 'aria-valuemin': 0, 'aria-valuemax': Math.max(0, points.length - 1) });
    this.chosen = Math.min(this.chosen, points.length - 1);
    this.rebuild();
    this.tellValue();
  }

  /** The critical rate at the start (if any) and the current rate, as vertical lines. */
  setMarks(critical: number | undefined, lr: number): void {
    if (critical === this.marks.critical && lr === this.marks.lr) return;
    this.marks = { ...(critical === undefined ? {} : { critical }), lr };
    this.drawMarks();
    this.tellValue();
  }

  private rebuild(): void {
    const { width, height } = this.size;
    this.plot.setAttribute('viewBox', `0 0 ${width} ${height}`);
    if (this.points.length === 0) return;
    const k = this.textScale;
    const model = createSweepModel(this.points, width, height, this.margins, this.metric);
    this.model = model;
    const bottom = height - this.margins.bottom;
    this.grid.replaceChildren(...model.yTicks.map((t) => svg('line', { x1: this.margins.left, x2: width - this.margins.right, y1: t.px, y2: t.px })));
    this.axes.replaceChildren(
      ...model.xTicks.map((t) => svg('text', { x: t.px, y: bottom + 17 * k, 'text-anchor': 'middle' }, t.label)),
      ...model.yTicks.map((t) => svg('text', { x: this.margins.left - 6, y: t.px + 4 * k, 'text-anchor': 'end' }, t.label)),
      svg('text', { x: (this.margins.left + width - this.margins.right) / 2, y: bottom + 36 * k, 'text-anchor': 'middle', class: 'lrp-chart-title' }, 'learning rate η (log scale)'),
      // The row of runs off the scale is named above it, clear of its marks.
      svg('text', { x: this.margins.left + 4, y: model.topRow - 8, class: 'lrp-sweep-off' }, this.metric === 'loss' ? '× diverged' : '× never converged'),
      // Runs that ended lower than the scale reaches sit on its floor: say so.
      ...(model.floor === undefined ? [] : [svg('text', { x: width - this.margins.right, y: bottom - 4, 'text-anchor': 'end', class: 'lrp-sweep-floor' }, `lower losses drawn at ${formatTick(model.floor)}`)]),
    );
    this.dots.replaceChildren(
      ...model.dots.map((d) =>
        d.off
          ? svg('path', { d: `M${d.cx - 2.5} ${d.cy - 2.5}l5 5m0 -5l-5 5`, class: 'lrp-sweep-x' })
          : svg('circle', { cx: d.cx, cy: d.cy, r: 2.2, 'data-status': d.point.status }),
      ),
    );
    this.drawMarks();
    if (this.chosen >= 0) this.choose(this.chosen);
  }

  private drawMarks(): void {
    const model = this.model;
    if (!model) return;
    const { height } = this.size;
    const [lo, hi] = model.x.domain() as [number, number];
    const within = (v: number): boolean => v >= lo && v <= hi;
    this.critical.replaceChildren();
    const critical = this.marks.critical;
    const current = model.x(Math.min(hi, Math.max(lo, this.marks.lr)));
    if (critical !== undefined && within(critical)) {
      const px = model.x(critical);
      const room = this.size.width * 0.72;
      const left = px > room || (current > px && current - px < 120 && px > this.margins.left + 120);
      this.critical.append(
        svg('line', { x1: px, x2: px, y1: this.margins.top, y2: height - this.margins.bottom }),
        // Named at the top of its line, on the side away from the current rate's line (or, near the
        // edge, the side with room): the axis's labels and title are below.
        svg('text', { x: px + (left ? -4 : 4), y: this.margins.top + 30 * this.textScale, 'text-anchor': left ? 'end' : 'start' }, `critical ${formatNumber(critical, 3)}`),
      );
    }
    setAttributes(this.current, { x1: current, x2: current, y1: this.margins.top, y2: height - this.margins.bottom });
  }

  private dotAt(event: MouseEvent): SweepModel['dots'][number] | undefined {
    return this.model?.nearest(svgPoint(this.plot, event)[0]);
  }

  private showHover(event: PointerEvent): void {
    const dot = this.dotAt(event);
    if (dot) this.say(dot);
  }

  /** Writes a run's rate and outcome beside it. */
  private say(dot: SweepModel['dots'][number]): void {
    const right = dot.cx > this.size.width * 0.6;
    setAttributes(this.hover, { x: dot.cx + (right ? -6 : 6), y: this.margins.top + 24 * this.textScale, 'text-anchor': right ? 'end' : 'start' });
    this.hover.textContent = `η ${formatNumber(dot.point.lr, 3)}: ${outcomeOf(dot.point)}`;
  }
}
