import { ticks } from 'd3-array';
import type { Interval, Surface } from '../core';
import type { Margins } from '../state/margins';

/** A linear map from an interval of the world onto one of the screen, and back, with its round ticks. */
export interface LinearScale {
  (value: number): number;
  invert(pixel: number): number;
  /** About `count` round values across the domain (d3's ticks: 1, 2 or 5 times a power of ten apart). */
  ticks(count: number): number[];
}

/**
 * The viewport's scale: what d3-scale's `scaleLinear` does for it, without the interpolators and
 * formats the valley does not need, which would come with it before the first frame.
 */
export function linearScale([d0, d1]: Interval, [r0, r1]: Interval): LinearScale {
  // As d3 computes it (normalise, then interpolate), to the last bit.
  const lerp = (a: number, b: number, t: number): number => a * (1 - t) + b * t;
  const scale = (value: number): number => lerp(r0, r1, d1 === d0 ? 0.5 : (value - d0) / (d1 - d0));
  scale.invert = (pixel: number): number => lerp(d0, d1, r1 === r0 ? 0.5 : (pixel - r0) / (r1 - r0));
  scale.ticks = (count: number): number[] => ticks(Math.min(d0, d1), Math.max(d0, d1), count);
  return scale;
}

/**
 * The map between the valley's world coordinates and screen pixels (CSS pixels, y down). In 2-D
 * both axes share one unit per pixel, and the world box grows to fill the plot, so the colour map
 * covers it with the valley's own box centred inside. In 1-D, y is the loss.
 */
export interface Viewport {
  readonly width: number;
  readonly height: number;
  readonly margins: Margins;
  readonly x: LinearScale;
  readonly y: LinearScale;
  /** The world box shown (2-D: x and y; 1-D: x and the loss). */
  readonly box: readonly [Interval, Interval];
  toScreen(wx: number, wy: number): [number, number];
  toWorld(sx: number, sy: number): [number, number];
}

/**
 * The part of a 1-D valley to show: an x-range, and while the view follows a run out of the
 * valley's box, the highest loss it need show (`lossCeiling`), the highest the route has reached:
 * the curve over the widened range may climb far higher (an exponential wall), and would squash
 * the valley into a line.
 */
export type ViewExtent = Interval & { readonly lossCeiling?: number };

/** Marks and lines grow a little with the valley's size, so a projector shows a bigger hiker; more in presenter mode. */
export const markScale = (width: number, height: number, presenter: boolean): number =>
  Math.round(Math.min(1.6, Math.max(0.85, Math.min(width, height) / 640)) * (presenter ? 1.5 : 1) * 20) / 20;

/** The valley's margins for its axes, which grow with the marks' scale. */
export const sceneMargins = (scale: number): Margins => ({ top: 14, right: 14, bottom: 30 * scale, left: 48 * scale });

function build(width: number, height: number, margins: Margins, box: readonly [Interval, Interval]): Viewport {
  const x = linearScale(box[0], [margins.left, width - margins.right]);
  const y = linearScale(box[1], [height - margins.bottom, margins.top]);
  return {
    width,
    height,
    margins,
    x,
    y,
    box,
    toScreen: (wx, wy) => [x(wx), y(wy)],
    toWorld: (sx, sy) => [x.invert(sx), y.invert(sy)],
  };
}

/** 2-D: the domain, grown along one axis to the plot's aspect ratio, at equal scale on both axes. */
export function createViewport2d(width: number, height: number, margins: Margins, domain: readonly Interval[]): Viewport {
  const [[x0, x1], [y0, y1]] = domain as [Interval, Interval];
  const plotW = Math.max(1, width - margins.left - margins.right);
  const plotH = Math.max(1, height - margins.top - margins.bottom);
  const unitsPerPixel = Math.max((x1 - x0) / plotW, (y1 - y0) / plotH);
  const halfW = (plotW * unitsPerPixel) / 2;
  const halfH = (plotH * unitsPerPixel) / 2;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return build(width, height, margins, [
    [cx - halfW, cx + halfW],
    [cy - halfH, cy + halfH],
  ]);
}

/** Samples of a 1-D valley's curve over `extent` (its own box by default). */
export function sampleCurve(surface: Surface, count: number, extent: Interval = surface.domain[0] as Interval): { xs: Float64Array; losses: Float64Array } {
  const [x0, x1] = extent;
  const xs = new Float64Array(count);
  const losses = new Float64Array(count);
  const scratch = new Float64Array(1);
  for (let i = 0; i < count; i++) {
    const wx = x0 + ((x1 - x0) * i) / (count - 1);
    xs[i] = wx;
    losses[i] = surface.valueAndGrad(wx, 0, scratch, 0);
  }
  return { xs, losses };
}

/**
 * 1-D: x over `extent` (the valley's box by default; wider while the view follows a diverging run),
 * the loss from its lowest to its highest value there, with headroom. A wider view's height stops
 * at its `lossCeiling`, the highest loss the route has reached (never below the valley's own box),
 * so a curve that climbs far out of sight does not squash the valley flat.
 */
export function createViewport1d(width: number, height: number, margins: Margins, surface: Surface, extent: ViewExtent = surface.domain[0] as Interval): Viewport {
  const highest = (losses: Float64Array): number => Math.max(...Array.from(losses).filter(Number.isFinite));
  const { losses } = sampleCurve(surface, 200, extent);
  const finite = Array.from(losses).filter(Number.isFinite);
  const lo = Math.min(...finite, surface.minLoss ?? Infinity);
  let hi = Math.max(...finite);
  if (extent.lossCeiling !== undefined) hi = Math.min(hi, Math.max(extent.lossCeiling, highest(sampleCurve(surface, 200).losses)));
  const pad = (hi - lo || 1) * 0.08;
  return build(width, height, margins, [[extent[0], extent[1]], [lo - pad, hi + pad]]);
}
