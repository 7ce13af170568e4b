import { formatTick } from '../core';
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import type { Margins } from '../state/margins';

/** One loss curve: `losses[k]` is the loss after k steps. Never holds a non-finite value. */
export interface Series {
  readonly losses: readonly number[];
}

export interface Tick {
  readonly value: number;
  readonly label: string;
  /** Position along its axis, in pixels. */
  readonly px: number;
}

/** Everything the loss chart draws, computed without the DOM. */
export interface LossChartModel {
  readonly width: number;
  readonly height: number;
  readonly margins: Margins;
  /**
   * The scale actually used: log falls back to linear when no loss is positive, or when a loss is
   * negative (a typed valley's floor may lie below zero, which a log axis cannot show).
   */
  readonly scale: 'log' | 'linear';
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number> | ScaleLogarithmic<number, number>;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /**
   * Epoch boundaries (with one-example steps): `value` is the epoch that starts there; `label` is
   * empty where labels would crowd.
   */
  readonly epochMarks: readonly Tick[];
  /** SVG path data of `series[i]`. */
  path(i: number): string;
  /** Pixel position of step k of `series[i]` (k clamped to the series' end). */
  point(i: number, k: number): [number, number];
  /** The step nearest to a horizontal pixel position. */
  stepAt(px: number): number;
}

export interface LossChartOptions {
  readonly width: number;
  readonly height: number;
  readonly margins: Margins;
  readonly scale: 'log' | 'linear';
  /** Steps per epoch; boundaries are marked when an epoch is more than one step. Default 1. */
  readonly epochSteps?: number;
}

/** How many decades below the highest loss a log axis reaches at most. */
const MAX_DECADES = 12;

/**
 * The points of a curve worth drawing: all of them while there are few, otherwise for each pixel
 * column only its first, lowest, highest and last point (M4 aggregation), which draws the same
 * picture with at most four points per column, however long the run.
 */
export function decimate(xs: (k: number) => number, ys: readonly number[], upTo: number): number[] {
  const last = Math.min(upTo, ys.length - 1);
  if (last < 0) return [];
  const span = Math.abs(xs(last) - xs(0));
  if (last + 1 <= 4 * Math.max(1, span)) return Array.from({ length: last + 1 }, (_, k) => k);
  const kept: number[] = [];
  let column = Math.floor(xs(0));
  let first = 0;
  let low = 0;
  let high = 0;
  const flush = (end: number): void => {
    for (const k of [...new Set([first, low, high, end])].sort((a, b) => a - b)) kept.push(k);
  };
  for (let k = 1; k <= last; k++) {
    const c = Math.floor(xs(k));
    if (c !== column) {
      flush(k - 1);
      column = c;
      first = low = high = k;
    } else {
      if ((ys[k] as number) < (ys[low] as number)) low = k;
      if ((ys[k] as number) > (ys[high] as number)) high = k;
    }
  }
  flush(last);
  return kept;
}

/** Epoch boundaries between step 0 and `maxStep`, labelled no closer than about 36 px apart. */
function epochMarks(x: (k: number) => number, maxStep: number, epochSteps: number, plotWidth: number): Tick[] {
  if (epochSteps <= 1) return [];
  // Boundaries inside the run: one at its last step would mark the end, not a new epoch.
  const count = Math.floor((maxStep - 1) / epochSteps);
  const every = Math.max(1, Math.ceil((count * 36) / Math.max(1, plotWidth)));
  return Array.from({ length: count }, (_, m) => {
    const epoch = m + 2;
    const label = m % every === 0 ? (m === 0 ? `epoch ${epoch}` : String(epoch)) : '';
    return { value: epoch, label, px: x((m + 1) * epochSteps) };
  });
}

/**
 * The loss chart's scales, ticks and paths. On a log axis, losses of exactly zero (a run that
 * lands exactly on the bottom) are drawn on the axis floor.
 */
export function createLossChartModel(series: readonly Series[], options: LossChartOptions): LossChartModel {
  const { width, height, margins } = options;
  const all = series.flatMap((s) => s.losses);
  const positive = all.filter((v) => v > 0);
  const maxStep = Math.max(1, ...series.map((s) => s.losses.length - 1));
  const hi = Math.max(...all, Number.MIN_VALUE);
  const useLog = options.scale === 'log' && positive.length > 0 && all.every((v) => v >= 0);
  const x = scaleLinear().domain([0, maxStep]).range([margins.left, width - margins.right]);
  let y: ScaleLinear<number, number> | ScaleLogarithmic<number, number>;
  let floor = 0;
  if (useLog) {
    floor = Math.max(Math.min(...positive), hi * 10 ** -MAX_DECADES);
    const top = Math.max(hi, floor * 10);
    y = scaleLog().domain([floor, top]).range([height - margins.bottom, margins.top]).nice();
    floor = (y.domain()[0] as number) ?? floor;
  } else {
    const lo = Math.min(0, ...all);
    y = scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).range([height - margins.bottom, margins.top]).nice();
  }
  const yOf = (loss: number): number => y(useLog ? Math.max(loss, floor) : loss);
  const draw = line<[number, number]>();

  const xTicks = x.ticks(Math.max(2, Math.floor((width - margins.left - margins.right) / 70))).filter(Number.isInteger);
  let yValues: number[];
  if (useLog) {
    const [lo, top] = y.domain() as [number, number];
    const decades = Math.round(Math.log10(top / lo));
    const every = Math.max(1, Math.ceil(decades / 5));
    yValues = [];
    for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.log10(top) + 1e-9; e++) if (e % every === 0) yValues.push(10 ** e);
    if (yValues.length < 2) yValues = (y as ScaleLogarithmic<number, number>).ticks(4);
  } else {
    yValues = (y as ScaleLinear<number, number>).ticks(5);
  }
  return {
    width,
    height,
    margins,
    epochMarks: epochMarks(x, maxStep, options.epochSteps ?? 1, width - margins.left - margins.right),
    scale: useLog ? 'log' : 'linear',
    x,
    y,
    xTicks: xTicks.map((value) => ({ value, label: formatTick(value), px: x(value) })),
    yTicks: yValues.map((value) => ({ value, label: formatTick(value), px: y(value) })),
    path: (i) => {
      const losses = series[i]?.losses ?? [];
      const steps = decimate(x, losses, losses.length - 1);
      return draw(steps.map((k): [number, number] => [x(k), yOf(losses[k] as number)])) ?? '';
    },
    point: (i, k) => {
      const losses = series[i]?.losses ?? [];
      const step = Math.max(0, Math.min(k, losses.length - 1));
      return [x(step), yOf(losses[step] ?? 0)];
    },
    stepAt: (px) => Math.max(0, Math.min(maxStep, Math.round(x.invert(px)))),
  };
}
