import { formatTick } from '../core';
import type { Viewport } from '../render/viewport';
import { html, setAttributes, svg } from '../dom/dom';

/**
 * Axes of the valley, laid over the canvas: ticks and labels from the viewport's d3 scales, so
 * text stays crisp and themable. Each axis is a strip of its own (the left margin, the bottom
 * margin) and each axis title a small label, not one SVG the size of the valley: whatever lies
 * over the WebGL canvas becomes a layer the browser composites again every frame, and in
 * software rendering that costs by the pixel.
 */
export class StageAxes {
  readonly element = html('div', { class: 'lrp-axes', 'aria-hidden': 'true' });
  private readonly left = svg('svg', { class: 'lrp-axis-strip' });
  private readonly bottom = svg('svg', { class: 'lrp-axis-strip' });
  private readonly xTitle = html('span', { class: 'lrp-axis-title' });
  private readonly yTitle = html('span', { class: 'lrp-axis-title' });
  private built: Viewport | undefined;

  constructor() {
    this.element.append(this.left, this.bottom, this.xTitle, this.yTitle);
  }

  update(viewport: Viewport, labels: readonly [string, string]): void {
    if (this.built === viewport) return;
    this.built = viewport;
    const { width, height, margins, x, y } = viewport;
    const bottom = height - margins.bottom;
    const left = margins.left;
    const xTicks = x.ticks(Math.max(2, Math.floor((width - margins.left - margins.right) / 90)));
    const yTicks = y.ticks(Math.max(2, Math.floor((height - margins.top - margins.bottom) / 70)));
    // Both strips keep the valley's coordinates: their view boxes are windows onto the same plane.
    const strip = (element: SVGSVGElement, x0: number, y0: number, w: number, h: number): void => {
      setAttributes(element, { viewBox: `${x0} ${y0} ${w} ${h}`, width: w, height: h });
      element.style.cssText = `left: ${x0}px; top: ${y0}px; width: ${w}px; height: ${h}px`;
    };
    strip(this.left, 0, 0, left + 1, bottom + 1);
    strip(this.bottom, 0, bottom - 1, width, height - bottom + 1);
    this.left.replaceChildren(
      svg('line', { x1: left, x2: left, y1: margins.top, y2: bottom, class: 'lrp-axis-line' }),
      ...yTicks.flatMap((v) => [
        svg('line', { x1: left - 5, x2: left, y1: y(v), y2: y(v), class: 'lrp-axis-tick' }),
        svg('text', { x: left - 8, y: y(v) + 4, 'text-anchor': 'end' }, formatTick(v)),
      ]),
    );
    this.bottom.replaceChildren(
      svg('line', { x1: left, x2: width - margins.right, y1: bottom, y2: bottom, class: 'lrp-axis-line' }),
      ...xTicks.flatMap((v) => [
        svg('line', { x1: x(v), x2: x(v), y1: bottom, y2: bottom + 5, class: 'lrp-axis-tick' }),
        svg('text', { x: x(v), y: bottom + 18, 'text-anchor': 'middle' }, formatTick(v)),
      ]),
    );
    this.xTitle.textContent = labels[0];
    this.xTitle.style.cssText = `right: ${margins.right + 4}px; bottom: ${height - bottom + 4}px`;
    this.yTitle.textContent = labels[1];
    this.yTitle.style.cssText = `left: ${left + 6}px; top: ${margins.top + 2}px`;
  }
}
