import { formatTick } from '../chart/ticks';
import type { Viewport } from '../render/viewport';
import { svg } from './dom';

/**
 * Axes of the valley, in an SVG laid over the canvas: ticks and labels from the viewport's
 * d3 scales, so text stays crisp and themable.
 */
export class ValleyAxes {
  readonly element = svg('svg', { class: 'lrp-axes', 'aria-hidden': 'true' });
  private built: Viewport | undefined;

  update(viewport: Viewport, labels: readonly [string, string]): void {
    if (this.built === viewport) return;
    this.built = viewport;
    const { width, height, margins, x, y } = viewport;
    const bottom = height - margins.bottom;
    const left = margins.left;
    const xTicks = x.ticks(Math.max(2, Math.floor((width - margins.left - margins.right) / 90)));
    const yTicks = y.ticks(Math.max(2, Math.floor((height - margins.top - margins.bottom) / 70)));
    this.element.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.element.replaceChildren(
      svg('line', { x1: left, x2: width - margins.right, y1: bottom, y2: bottom, class: 'lrp-axis-line' }),
      svg('line', { x1: left, x2: left, y1: margins.top, y2: bottom, class: 'lrp-axis-line' }),
      ...xTicks.flatMap((v) => [
        svg('line', { x1: x(v), x2: x(v), y1: bottom, y2: bottom + 5, class: 'lrp-axis-tick' }),
        svg('text', { x: x(v), y: bottom + 18, 'text-anchor': 'middle' }, formatTick(v)),
      ]),
      ...yTicks.flatMap((v) => [
        svg('line', { x1: left - 5, x2: left, y1: y(v), y2: y(v), class: 'lrp-axis-tick' }),
        svg('text', { x: left - 8, y: y(v) + 4, 'text-anchor': 'end' }, formatTick(v)),
      ]),
      svg('text', { x: width - margins.right - 4, y: bottom - 8, 'text-anchor': 'end', class: 'lrp-axis-title' }, labels[0]),
      svg('text', { x: left + 8, y: margins.top + 14, class: 'lrp-axis-title' }, labels[1]),
    );
  }
}
