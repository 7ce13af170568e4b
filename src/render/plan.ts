import type { Interval, Point, Run, Surface } from '../core';
import type { SceneFrame } from './frame';
import { guideAt, type Guide } from './guides';
import type { HikerPose } from './hikerFigure';
import { easeInOut, type ScreenPoint } from './hop';
import { hikerPose } from './pose';
import { colorNumber, type Theme } from './theme';
import type { ViewExtent, Viewport } from './viewport';

/** One hiker to draw: its run, its colour (the theme's accent if none), how far it has flown off, and its label with several hikers. */
export interface SceneHiker {
  readonly run: Run;
  readonly color?: string;
  readonly flyOff: number;
  readonly label?: string;
}

/** What the scene is asked to show; it derives the rest (viewport, grid, plan) and caches it. */
export interface SceneInput {
  readonly surface: Surface;
  readonly hikers: readonly SceneHiker[];
  /** The hiker the guides follow. */
  readonly primary: number;
  readonly start: Point;
  readonly position: number;
  readonly theme: Theme;
  readonly scale: number;
  readonly showGuides: boolean;
}

/** The fixed marks of a valley on screen: its known minima, and where the hikers start. */
export interface Marks {
  readonly minima: readonly ScreenPoint[];
  readonly start: ScreenPoint;
  /** Whether the marks lie on a colour map (2-D) or on a curve (1-D). */
  readonly onMap: boolean;
}

export function marksOf(surface: Surface, start: Point, viewport: Viewport): Marks {
  const at = (p: Point): ScreenPoint => viewport.toScreen(p[0] as number, surface.dim === 2 ? (p[1] as number) : surface.f(p));
  return { minima: surface.minima.map(at), start: at(start), onMap: surface.dim === 2 };
}

/** One hiker this frame: its run in `frame`, the last step it reached, its pose and colour. */
export interface HikerPlan {
  readonly frame: SceneFrame;
  readonly step: number;
  readonly pose: HikerPose;
  readonly color: number;
}

/** Everything the scene draws this frame, in screen pixels, before any of it reaches WebGL. */
export interface ScenePlan {
  readonly viewport: Viewport;
  readonly hikers: readonly HikerPlan[];
  /** The followed hiker's guide, while it rests and guides show. */
  readonly guide?: Guide;
  readonly marks: Marks;
}

/** Plans one frame of the scene: where each hiker stands and how, and the followed hiker's guide. */
export function planScene(input: SceneInput, viewport: Viewport, marks: Marks): ScenePlan {
  const { surface, theme, scale, position } = input;
  let guide: Guide | undefined;
  const hikers = input.hikers.map((hiker, i): HikerPlan => {
    const { run, flyOff } = hiker;
    const frame: SceneFrame = { surface, run, position, flyOff, viewport, theme, scale };
    const step = Math.min(run.stoppedAt, Math.floor(position + 1e-9));
    const resting = position - step < 1e-6 && flyOff === 0;
    if (i === input.primary && input.showGuides && resting) guide = guideAt(frame, step);
    return { frame, step, pose: hikerPose(run, position, viewport, flyOff), color: hiker.color ? colorNumber(hiker.color) : theme.accent };
  });
  return { viewport, hikers, marks, ...(guide ? { guide } : {}) };
}

/** How far a 1-D view follows a run that leaves the valley's box: at most this many times the box. */
export const FOLLOW_LIMIT = 12;

/**
 * A run's reach ({@link reachOf}): for each step k, the farthest it has been from the view's
 * centre up to step k; and, as `peak`, the highest loss it has had up to step k.
 */
export interface RouteReach extends Float64Array {
  readonly peak: Float64Array;
}

/** For each step k, the farthest a run has been from `centre` up to step k (its path's running maximum distance), and its highest loss so far. */
export function reachOf(run: Run, centre: number): RouteReach {
  const reach = new Float64Array(run.path.length);
  const peak = new Float64Array(run.path.length);
  let [far, high] = [0, Number.NEGATIVE_INFINITY];
  run.path.forEach((p, k) => {
    far = Math.max(far, Math.abs((p[0] as number) - centre));
    high = Math.max(high, run.losses[k] as number);
    reach[k] = far;
    peak[k] = high;
  });
  return Object.assign(reach, { peak });
}

/**
 * The x-range a 1-D view shows at playhead `position`: the valley's own box, widened to keep every
 * point the hikers have reached, and the landing of the step under way, in view; up to
 * {@link FOLLOW_LIMIT} times the box, after which a diverging hiker leaves the frame. Between two
 * steps it eases from one range to the next, so a growing zig-zag zooms out smoothly. `reaches`
 * are {@link reachOf} each run, from the box's centre; while the range is wider than the box, their
 * highest loss up to the landing under way is its `lossCeiling`, eased the same way.
 */
export function viewExtent1d(surface: Surface, reaches: readonly Float64Array[], position: number): ViewExtent {
  const [d0, d1] = surface.domain[0] as Interval;
  const centre = (d0 + d1) / 2;
  const half = (d1 - d0) / 2;
  // The view at step k holds the points up to step k + 1: where the hiker lands next.
  const upTo = (series: Float64Array, k: number): number => series[Math.min(k + 1, series.length - 1)] ?? 0;
  const at = (k: number): number => {
    let far = 0;
    for (const reach of reaches) far = Math.max(far, upTo(reach, k));
    return Math.min(FOLLOW_LIMIT * half, Math.max(half, far * 1.08));
  };
  const peakAt = (k: number): number => {
    let high = Number.NEGATIVE_INFINITY;
    for (const reach of reaches) if ('peak' in reach) high = Math.max(high, upTo((reach as RouteReach).peak, k));
    return high;
  };
  const k = Math.floor(position + 1e-9);
  const eased = easeInOut(Math.max(0, position - k));
  const h = at(k) + (at(k + 1) - at(k)) * eased;
  const extent: Interval = [centre - h, centre + h];
  if (!(h > half)) return extent;
  const ceiling = peakAt(k) + (peakAt(k + 1) - peakAt(k)) * eased;
  return Number.isFinite(ceiling) ? Object.assign(extent, { lossCeiling: ceiling }) : extent;
}

/** A label's place on screen: its top-left corner and its size. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Places each hiker's label just right of and above its hiker, in order, moving one down past any
 * label already placed that it would overlap: hikers that start together (a fan) get a stack of
 * labels, not a blot.
 */
export function placeLabels(anchors: readonly ScreenPoint[], sizes: readonly { readonly width: number; readonly height: number }[], gap = 2): LabelBox[] {
  const placed: LabelBox[] = [];
  anchors.forEach(([x, y], i) => {
    const { width, height } = sizes[i]!;
    const box = { x, y, width, height };
    const overlaps = (b: LabelBox): boolean => box.x < b.x + b.width && b.x < box.x + width && box.y < b.y + b.height + gap && b.y < box.y + height + gap;
    for (let guard = 0; guard < placed.length && placed.some(overlaps); guard++) {
      const blocker = placed.filter(overlaps).reduce((a, b) => (b.y + b.height > a.y + a.height ? b : a));
      box.y = blocker.y + blocker.height + gap;
    }
    placed.push(box);
  });
  return placed;
}
