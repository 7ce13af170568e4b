import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import { formatTick } from '../core';
import type { Margins } from '../state/margins';
import type { SweepPoint } from '../state/sweep';
import type { Tick } from './lossChartModel';

export type SweepMetric = 'loss' | 'steps';

export interface SweepDot {
  readonly cx: number;
  readonly cy: number;
  readonly point: SweepPoint;
  /** Whether the value is off the scale (diverged, or never converged), drawn at the top. */
  readonly off: boolean;
}

export interface SweepModel {
  readonly x: ScaleLogarithmic<number, number>;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly dots: readonly SweepDot[];
  /** The y of the "off the scale" row. */
  readonly topRow: number;
  /** The scale's floor, when some runs ended lower and are drawn on it; undefined when none did. */
  readonly floor?: number;
  /** The sweep point nearest a horizontal pixel position. */
  nearest(px: number): SweepDot | undefined;
}

/**
 * The U-curve of a sweep: final loss (or steps to converge) against the rate, both on log axes.
 * Runs that diverged (or never converged) sit in a row above the plot.
 */
export function createSweepModel(points: readonly SweepPoint[], width: number, height: number, margins: Margins, metric: SweepMetric): SweepModel {
  const [first, last] = [points[0]?.lr ?? 1e-4, points[points.length - 1]?.lr ?? 10];
  const x = scaleLog().domain([first, last]).range([margins.left, width - margins.right]);
  const valueOf = (p: SweepPoint): number | undefined =>
    metric === 'loss' ? (p.status === 'diverged' ? undefined : p.loss) : p.status === 'converged' ? Math.max(1, p.stoppedAt) : undefined;
  const values = points.map(valueOf).filter((v): v is number => v !== undefined && v > 0);
  const lo = values.length ? Math.min(...values) : 1e-6;
  const hi = values.length ? Math.max(...values) : 1;
  const top = margins.top + 8;
  const y = scaleLog()
    .domain([Math.max(lo, hi * 1e-12), Math.max(hi, lo * 10)])
    .range([height - margins.bottom, top + 12])
    .nice();
  const floor = y.domain()[0] as number;
  const clipped = values.some((v) => v < floor);
  const dots = points.map((point): SweepDot => {
    const v = valueOf(point);
    return { cx: x(point.lr), cy: v === undefined ? top : y(Math.max(v, floor)), point, off: v === undefined };
  });
  /** A label every so many decades, so that at most `most` fit. */
  const decade = (scale: ScaleLogarithmic<number, number>, most: number): Tick[] => {
    const [a, b] = scale.domain() as [number, number];
    const ticks: Tick[] = [];
    const every = Math.max(1, Math.ceil(Math.log10(b / a) / Math.max(1, most)));
    for (let e = Math.ceil(Math.log10(a) - 1e-9); e <= Math.log10(b) + 1e-9; e++) {
      if (e % every === 0) ticks.push({ value: 10 ** e, label: formatTick(10 ** e), px: scale(10 ** e) });
    }
    return ticks;
  };
  return {
    x,
    xTicks: decade(x, 5),
    // A label per 20 pixels of height at most: a short plot shows every third decade, not a pile.
    yTicks: decade(y, Math.min(5, Math.floor((height - margins.bottom - top - 12) / 20))),
    dots,
    topRow: top,
    ...(clipped ? { floor } : {}),
    nearest: (px) => dots.reduce<SweepDot | undefined>((best, d) => (!best || Math.abs(d.cx - px) < Math.abs(best.cx - px) ? d : best), undefined),
  };
}
