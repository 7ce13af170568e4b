import { formatTick } from '../core';
import { html, setAttributes, svg, textScale } from '../dom/dom';
import { svgPoint } from '../dom/pointer';
import { scaleMargins, type Margins } from '../state/margins';
import type { LossChartData, LossSeries } from '../state/present';
import { createLossChartModel, type LossChartModel } from './lossChartModel';

/** Room around the plot for the axes' labels, in CSS pixels, for 12 px type (larger type, more room). */
export const MARGINS = { top: 26, right: 14, bottom: 28, left: 46 };

export interface CurveLook {
  readonly width: number;
  readonly alpha: number;
  readonly dash?: readonly number[];
}

/** How each kind of curve is drawn: a lone run's whole curve, one of several, the theory, the walked part. */
export const CURVE_LOOK = {
  ahead: { width: 1.5, alpha: 0.55 },
  other: { width: 1.8, alpha: 0.85 },
  theory: { width: 1.4, alpha: 0.7, dash: [5, 4] },
  walked: { width: 2.6, alpha: 1 },
} as const satisfies Record<string, CurveLook>;

/** The 2-D context of a curve canvas, cleared and sized to `size` CSS pixels at the screen's density (at most 2). */
function canvasContext(canvas: HTMLCanvasElement, size: { width: number; height: number }): CanvasRenderingContext2D | null {
  const density = Math.min(2, globalThis.devicePixelRatio || 1);
  const [w, h] = [Math.round(size.width * density), Math.round(size.height * density)];
  if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  // Read back never, but this keeps the canvas on the CPU, which draws long paths faster than software WebGL.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context?.setTransform(density, 0, 0, density, 0, 0);
  context?.clearRect(0, 0, size.width, size.height);
  return context;
}

/** Strokes the SVG path data `d` with round joins and caps. */
function stroke(context: CanvasRenderingContext2D | null, d: string, look: CurveLook & { readonly color: string }): void {
  if (!context || d === '') return;
  context.lineJoin = 'round';
  context.lineCap = 'round';
  context.lineWidth = look.width;
  context.globalAlpha = look.alpha;
  context.strokeStyle = look.color;
  context.setLineDash(look.dash ?? []);
  context.stroke(new Path2D(d));
}

/**
 * The live loss curves, drawn in SVG from a {@link LossChartModel}: each run faintly, the primary
 * one boldly up to the current step, a marker on every run, a dashed prediction where theory has
 * one, and the value under the pointer on hover.
 *
 * Stacked layers: the axes (SVG), the curves and the walked part (the primary curve in bold,
 * whole) on two canvases, which change only with the runs, and the live overlay (SVG: markers,
 * hover). The walked part is revealed up to the current step by a clipping box that only changes
 * width, so a step costs no raster of a long curve. The curves are canvases drawn on the CPU: a
 * dragged rate redraws them every frame, and software WebGL rasters long SVG paths slowly.
 */
export class LossChart {
  readonly element: HTMLElement;
  private readonly plot: SVGSVGElement;
  private readonly overlay: SVGSVGElement;
  private readonly grid = svg('g', { class: 'lrp-chart-grid' });
  private readonly xAxis = svg('g', { class: 'lrp-chart-axis' });
  private readonly yAxis = svg('g', { class: 'lrp-chart-axis' });
  private readonly lossTitle = svg('text', { 'text-anchor': 'end', class: 'lrp-chart-title' }, 'loss');
  private readonly stepTitle = svg('text', { 'text-anchor': 'end', class: 'lrp-chart-title' }, 'step');
  /** The margins for the axes' type as it is set now (larger in presenter mode), and that type's scale. */
  private margins: Margins = MARGINS;
  private textScale = 1;
  private readonly epochs = svg('g', { class: 'lrp-chart-epochs' });
  /** Says what the dashed line is, when there is one. */
  private readonly legend = svg('g', { class: 'lrp-chart-legend' });
  private readonly curves = html('canvas', { class: 'lrp-chart-curves' });
  private readonly walked = html('canvas', { class: 'lrp-chart-walked' });
  /** Shows the walked part from the left edge to the current step's point. */
  private readonly walkedClip = html('div', { class: 'lrp-chart-walked-clip' }, this.walked);
  /** The theme the curves were drawn in: their colours come from the stylesheet. */
  private themeName = '';
  private readonly markers = svg('g', { class: 'lrp-chart-markers' });
  private readonly hover = svg('g', { class: 'lrp-chart-hover', visibility: 'hidden' });
  private readonly hoverLine = svg('line', {});
  private readonly hoverDot = svg('circle', { r: 3.5 });
  private readonly hoverLabel = svg('text', {});
  private model: LossChartModel | undefined;
  /** What the axes were last drawn for: they are rebuilt only when their ticks change. */
  private axesKey = '';
  private series: readonly LossSeries[] = [];
  private primary = 0;
  /** With several runs, whose the theory's prediction is: the followed one's. */
  private theoryFor: string | undefined;
  private scale: 'log' | 'linear' = 'log';
  private epochSteps = 1;
  private step = -1;
  private size = { width: 300, height: 200 };

  constructor() {
    this.hover.append(this.hoverLine, this.hoverDot, this.hoverLabel);
    // The titles are always there, so the type's size can be read before the first axes are drawn.
    this.xAxis.append(this.stepTitle);
    this.yAxis.append(this.lossTitle);
    this.plot = svg('svg', { class: 'lrp-chart-plot' }, this.grid, this.epochs, this.xAxis, this.yAxis, this.legend);
    this.overlay = svg('svg', { class: 'lrp-chart-overlay' }, this.markers, this.hover);
    this.element = html('div', { class: 'lrp-chart', role: 'img', 'aria-label': 'Loss against step' }, this.plot, this.curves, this.walkedClip, this.overlay);
    this.element.addEventListener('pointermove', (event) => this.showHover(event));
    this.element.addEventListener('pointerleave', () => this.hover.setAttribute('visibility', 'hidden'));
  }

  /**
   * A new size, and the axes' type measured with it (it changes with the chart's size, in presenter
   * mode): not at every new set of curves, which a dragged rate brings each frame.
   */
  resize(width: number, height: number): void {
    const k = textScale(this.lossTitle);
    if (width === this.size.width && height === this.size.height && k === this.textScale) return;
    this.size = { width, height };
    this.textScale = k;
    this.margins = scaleMargins(MARGINS, k);
    this.rebuild();
  }

  /**
   * New curves (new runs): rebuilds scales and paths; the `primary` run is drawn boldly. With
   * `epochSteps` > 1 (one-example steps), epoch boundaries are marked.
   */
  setSeries({ series, primary, scale, epochSteps, names }: LossChartData): void {
    this.theoryFor = series.filter((s) => !s.dashed).length > 1 ? names[primary] : undefined;
    this.series = series;
    this.primary = primary;
    this.scale = scale;
    this.epochSteps = epochSteps;
    this.rebuild();
  }

  /** Redraws the curves in the colours of theme `name` when it changes. */
  setTheme(name: string): void {
    if (name === this.themeName) return;
    this.themeName = name;
    if (this.model) this.drawCurves(this.model);
  }

  /** Moves the markers and the end of the walked part to step k. */
  setStep(step: number, force = false): void {
    if (step === this.step && !force) return;
    this.step = step;
    const model = this.model;
    if (!model) return;
    this.walkedClip.style.width = `${Math.max(0, model.point(this.primary, Math.max(0, step))[0])}px`;
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
    const model = createLossChartModel(this.series, { width, height, margins: this.margins, scale: this.scale, epochSteps: this.epochSteps });
    this.model = model;
    const axesKey = JSON.stringify([width, height, this.textScale, model.scale, model.xTicks, model.yTicks, model.epochMarks]);
    if (axesKey !== this.axesKey) {
      this.axesKey = axesKey;
      this.drawAxes(model);
    }
    this.drawCurves(model);
    this.reconcile(this.markers, this.series.length, 'circle');
    this.series.forEach((s, i) => {
      const dot = this.markers.children[i] as SVGCircleElement;
      dot.setAttribute('visibility', s.dashed ? 'hidden' : 'visible');
      dot.style.setProperty('--hiker', s.color ?? null);
    });
    this.setStep(this.step, true);
  }

  /**
   * Draws every curve, and the primary one in bold on the walked layer; says in the chart's label
   * what is drawn.
   */
  private drawCurves(model: LossChartModel): void {
    const style = getComputedStyle(this.element);
    const color = (name: string): string => style.getPropertyValue(name).trim() || '#888';
    const curves = canvasContext(this.curves, this.size);
    const several = this.series.filter((s) => !s.dashed).length > 1;
    this.series.forEach((s, i) => {
      const line = s.dashed ? CURVE_LOOK.theory : several ? { ...CURVE_LOOK.other, ...(s.dash ? { dash: s.dash } : {}) } : CURVE_LOOK.ahead;
      stroke(curves, model.path(i), { ...line, color: s.dashed ? color('--lrp-ink') : several && s.color ? s.color : color('--lrp-muted') });
    });
    const primary = this.series[this.primary];
    stroke(canvasContext(this.walked, this.size), model.path(this.primary), { ...CURVE_LOOK.walked, color: primary?.color ?? color('--lrp-accent') });
    const runs = this.series.filter((s) => !s.dashed).length;
    const theory = this.series.some((s) => s.dashed);
    this.legend.replaceChildren(
      ...(theory
        ? [
            // The dashes are type, so they keep their place before the words whatever the font's size.
            svg('text', { x: this.size.width - this.margins.right, y: Math.round(14 * this.textScale), 'text-anchor': 'end' }, svg('tspan', { class: 'lrp-chart-legend-dash' }, '– – '), 'theory’s prediction'),
          ]
        : []),
    );
    this.element.setAttribute('aria-label', `Loss against step: ${runs === 1 ? 'one run' : `${runs} runs`}${theory ? `, and the theory’s prediction${this.theoryFor ? ` for ${this.theoryFor}` : ''} dashed` : ''}`);
  }

  /** Keeps exactly `count` children of `tag` in `group`, reusing the ones there. */
  private reconcile(group: SVGGElement, count: number, tag: 'circle'): void {
    while (group.children.length < count) group.append(svg(tag, {}));
    while (group.children.length > count) group.lastElementChild?.remove();
  }

  private drawAxes(model: LossChartModel): void {
    const { width, height } = this.size;
    const { top, right, bottom: below, left } = this.margins;
    const k = this.textScale;
    const bottom = height - below;
    this.grid.replaceChildren(...model.yTicks.map((t) => svg('line', { x1: left, x2: width - right, y1: t.px, y2: t.px })));
    this.epochs.replaceChildren(
      ...model.epochMarks.flatMap((m) => [
        svg('line', { x1: m.px, x2: m.px, y1: top, y2: bottom }),
        ...(m.label ? [svg('text', { x: m.px + 3, y: top + 9 * k }, m.label)] : []),
      ]),
    );
    setAttributes(this.stepTitle, { x: left - 8, y: bottom + 17 * k });
    this.xAxis.replaceChildren(...model.xTicks.map((t) => svg('text', { x: t.px, y: bottom + 17 * k, 'text-anchor': 'middle' }, t.label)), this.stepTitle);
    setAttributes(this.lossTitle, { x: left - 6, y: 14 * k });
    this.yAxis.replaceChildren(
      ...model.yTicks.map((t) => svg('text', { x: left - 6, y: t.px + 4 * k, 'text-anchor': 'end' }, t.label)),
      this.lossTitle,
      svg('text', { x: left + 4, y: 14 * k }, model.scale === 'log' ? 'log scale' : 'linear scale'),
    );
  }

  private showHover(event: PointerEvent): void {
    const model = this.model;
    const losses = this.series[this.primary]?.losses;
    if (!model || !losses) return;
    // In the overlay's units, which its markers are drawn in, whatever scales the page.
    const [px] = svgPoint(this.overlay, event);
    const step = Math.min(model.stepAt(px), losses.length - 1);
    const [cx, cy] = model.point(this.primary, step);
    setAttributes(this.hoverLine, { x1: cx, x2: cx, y1: this.margins.top, y2: this.size.height - this.margins.bottom });
    setAttributes(this.hoverDot, { cx, cy });
    const left = cx > this.size.width * 0.6;
    setAttributes(this.hoverLabel, { x: cx + (left ? -8 : 8), y: this.margins.top + 26 * this.textScale, 'text-anchor': left ? 'end' : 'start' });
    this.hoverLabel.textContent = `step ${step} · loss ${formatTick(losses[step] as number)}`;
    this.hover.setAttribute('visibility', 'visible');
  }
}
