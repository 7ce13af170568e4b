import { html, setAttributes, svg } from '../ui/dom';
import { createLossChartModel, type LossChartModel, type Series } from './lossChartModel';
import { formatTick } from './ticks';

export interface ChartSeries extends Series {
  /** CSS colour; none for the lone hiker (the theme's accent, via CSS). */
  readonly color?: string;
  /** A prediction drawn dashed (the theory of a quadratic valley), with no marker. */
  readonly dashed?: boolean;
}

const MARGINS = { top: 26, right: 14, bottom: 28, left: 46 };

/**
 * The live loss curves, drawn in SVG from a {@link LossChartModel}: each run faintly, the primary
 * one boldly up to the current step, a marker on every run, a dashed prediction where theory has
 * one, and the value under the pointer on hover.
 *
 * Two stacked SVGs: the plot (axes and whole curves), which changes only with the runs, and the
 * live overlay (walked part, markers, hover), which changes every step. The plot is its own
 * compositing layer, so a moving marker does not make the browser raster a dozen long curves again.
 */
export class LossChart {
  readonly element: HTMLElement;
  private readonly plot: SVGSVGElement;
  private readonly overlay: SVGSVGElement;
  private readonly grid = svg('g', { class: 'lrp-chart-grid' });
  private readonly xAxis = svg('g', { class: 'lrp-chart-axis' });
  private readonly yAxis = svg('g', { class: 'lrp-chart-axis' });
  private readonly epochs = svg('g', { class: 'lrp-chart-epochs' });
  private readonly curves = svg('g', { class: 'lrp-chart-curves' });
  private readonly walked = svg('path', { class: 'lrp-chart-walked' });
  private readonly markers = svg('g', { class: 'lrp-chart-markers' });
  private readonly hover = svg('g', { class: 'lrp-chart-hover', visibility: 'hidden' });
  private readonly hoverLine = svg('line', {});
  private readonly hoverDot = svg('circle', { r: 3.5 });
  private readonly hoverLabel = svg('text', {});
  private model: LossChartModel | undefined;
  /** What the axes were last drawn for: they are rebuilt only when their ticks change. */
  private axesKey = '';
  private series: readonly ChartSeries[] = [];
  private primary = 0;
  private scale: 'log' | 'linear' = 'log';
  private epochSteps = 1;
  private step = -1;
  private size = { width: 300, height: 200 };

  constructor() {
    this.hover.append(this.hoverLine, this.hoverDot, this.hoverLabel);
    this.plot = svg('svg', { class: 'lrp-chart-plot' }, this.grid, this.epochs, this.xAxis, this.yAxis, this.curves);
    this.overlay = svg('svg', { class: 'lrp-chart-overlay' }, this.walked, this.markers, this.hover);
    this.element = html('div', { class: 'lrp-chart', role: 'img', 'aria-label': 'Loss against step' }, this.plot, this.overlay);
    this.element.addEventListener('pointermove', (event) => this.showHover(event));
    this.element.addEventListener('pointerleave', () => this.hover.setAttribute('visibility', 'hidden'));
  }

  resize(width: number, height: number): void {
    if (width === this.size.width && height === this.size.height) return;
    this.size = { width, height };
    this.rebuild();
  }

  /**
   * New curves (new runs): rebuilds scales and paths; `primary` is the run drawn boldly. With
   * `epochSteps` > 1 (one-example steps), epoch boundaries are marked.
   */
  setSeries(series: readonly ChartSeries[], primary: number, scale: 'log' | 'linear', epochSteps = 1): void {
    this.series = series;
    this.primary = primary;
    this.scale = scale;
    this.epochSteps = epochSteps;
    this.rebuild();
  }

  /** Moves the markers and the walked part to step k. */
  setStep(step: number, force = false): void {
    if (step === this.step && !force) return;
    this.step = step;
    const model = this.model;
    if (!model) return;
    this.walked.setAttribute('d', model.path(this.primary, step));
    this.walked.style.setProperty('--hiker', this.series[this.primary]?.color ?? null);
    const dots = this.markers.children;
    this.series.forEach((s, i) => {
      const dot = dots[i];
      if (!dot || s.dashed) return;
      const [cx, cy] = model.point(i, step);
      setAttributes(dot, { cx, cy, r: i === this.primary ? 4.5 : 3 });
    });
  }

  private rebuild(): void {
    const { width, height } = this.size;
    for (const layer of [this.plot, this.overlay]) layer.setAttribute('viewBox', `0 0 ${width} ${height}`);
    if (this.series.length === 0) return;
    const model = createLossChartModel(this.series, { width, height, margins: MARGINS, scale: this.scale, epochSteps: this.epochSteps });
    this.model = model;
    const axesKey = JSON.stringify([width, height, model.scale, model.xTicks, model.yTicks, model.epochMarks]);
    if (axesKey !== this.axesKey) {
      this.axesKey = axesKey;
      this.drawAxes(model);
    }
    this.reconcile(this.curves, this.series.length, 'path');
    this.reconcile(this.markers, this.series.length, 'circle');
    const several = this.series.filter((s) => !s.dashed).length > 1;
    this.series.forEach((s, i) => {
      const curve = this.curves.children[i] as SVGPathElement;
      const kind = s.dashed ? 'lrp-chart-theory' : several ? 'lrp-chart-other' : 'lrp-chart-ahead';
      setAttributes(curve, { d: model.path(i), class: kind });
      // A custom property, not a presentation attribute, which the stylesheet would override.
      curve.style.setProperty('--hiker', s.color ?? null);
      const dot = this.markers.children[i] as SVGCircleElement;
      dot.setAttribute('visibility', s.dashed ? 'hidden' : 'visible');
      dot.style.setProperty('--hiker', s.color ?? null);
    });
    this.setStep(this.step, true);
  }

  /** Keeps exactly `count` children of `tag` in `group`, reusing the ones there. */
  private reconcile(group: SVGGElement, count: number, tag: 'path' | 'circle'): void {
    while (group.children.length < count) group.append(svg(tag, {}));
    while (group.children.length > count) group.lastElementChild?.remove();
  }

  private drawAxes(model: LossChartModel): void {
    const { width, height } = this.size;
    const bottom = height - MARGINS.bottom;
    this.grid.replaceChildren(...model.yTicks.map((t) => svg('line', { x1: MARGINS.left, x2: width - MARGINS.right, y1: t.px, y2: t.px })));
    this.epochs.replaceChildren(
      ...model.epochMarks.flatMap((m) => [
        svg('line', { x1: m.px, x2: m.px, y1: MARGINS.top, y2: bottom }),
        ...(m.label ? [svg('text', { x: m.px + 3, y: MARGINS.top + 9 }, m.label)] : []),
      ]),
    );
    this.xAxis.replaceChildren(
      ...model.xTicks.map((t) => svg('text', { x: t.px, y: bottom + 17, 'text-anchor': 'middle' }, t.label)),
      svg('text', { x: MARGINS.left - 8, y: bottom + 17, 'text-anchor': 'end', class: 'lrp-chart-title' }, 'step'),
    );
    this.yAxis.replaceChildren(
      ...model.yTicks.map((t) => svg('text', { x: MARGINS.left - 6, y: t.px + 4, 'text-anchor': 'end' }, t.label)),
      svg('text', { x: MARGINS.left - 6, y: 14, 'text-anchor': 'end', class: 'lrp-chart-title' }, 'loss'),
      svg('text', { x: MARGINS.left + 4, y: 14 }, model.scale === 'log' ? 'log scale' : 'linear scale'),
    );
  }

  private showHover(event: PointerEvent): void {
    const model = this.model;
    const losses = this.series[this.primary]?.losses;
    if (!model || !losses) return;
    const box = this.element.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * this.size.width;
    const step = Math.min(model.stepAt(px), losses.length - 1);
    const [cx, cy] = model.point(this.primary, step);
    setAttributes(this.hoverLine, { x1: cx, x2: cx, y1: MARGINS.top, y2: this.size.height - MARGINS.bottom });
    setAttributes(this.hoverDot, { cx, cy });
    const left = cx > this.size.width * 0.6;
    setAttributes(this.hoverLabel, { x: cx + (left ? -8 : 8), y: MARGINS.top + 26, 'text-anchor': left ? 'end' : 'start' });
    this.hoverLabel.textContent = `step ${step} · loss ${formatTick(losses[step] as number)}`;
    this.hover.setAttribute('visibility', 'visible');
  }
}
