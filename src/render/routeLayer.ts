import { Container, Graphics } from 'pixi.js';
import type { Run } from '../core';
import { screenPath, type SceneFrame } from './frame';
import { hopControl, type ScreenPoint } from './hop';
import { simplifiedIndices } from './simplify';
import type { Viewport } from './viewport';

/** Dots mark each step, unless there are so many, or they lie so close, that they would merge. */
const MAX_DOTS = 250;
const MIN_DOT_SPACING_PX = 5;

function dotted(points: readonly ScreenPoint[]): boolean {
  if (points.length > MAX_DOTS) return false;
  let length = 0;
  for (let k = 1; k < points.length; k++) {
    const [a, b] = [points[k - 1] as ScreenPoint, points[k] as ScreenPoint];
    length += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return length / Math.max(1, points.length - 1) >= MIN_DOT_SPACING_PX;
}

/** Points closer than this to the last one drawn add nothing visible, only geometry. */
const MIN_SEGMENT_PX = 0.75;
/** How far a 2-D route may stray from the true path, in pixels, to save geometry. */
const SIMPLIFY_PX = 0.25;

/** A route's screen points, and which of them a straight-line drawing needs. */
interface Path {
  readonly points: readonly ScreenPoint[];
  /** Ascending indices into `points`; none for 1-D routes, which are drawn as arcs. */
  readonly kept?: readonly number[];
}

/** Traces the route from its start to point `to`, as hops (1-D) or as a simplified polyline (2-D). */
function trace(g: Graphics, path: Path, to: number): void {
  const { points, kept } = path;
  const first = points[0];
  if (!first || to <= 0) return;
  g.moveTo(first[0], first[1]);
  if (kept) {
    for (let j = 1; j < kept.length && (kept[j] as number) < to; j++) {
      const p = points[kept[j] as number] as ScreenPoint;
      g.lineTo(p[0], p[1]);
    }
    const last = points[to] as ScreenPoint;
    g.lineTo(last[0], last[1]);
    return;
  }
  let a = first;
  for (let k = 1; k <= to; k++) {
    const b = points[k] as ScreenPoint;
    if (k < to && Math.hypot(b[0] - a[0], b[1] - a[1]) < MIN_SEGMENT_PX) continue;
    const [cx, cy] = hopControl(a, b);
    g.quadraticCurveTo(cx, cy, b[0], b[1]);
    a = b;
  }
}

/**
 * The route: the whole predicted path ahead (thin), the part already walked (bold, in the hiker's
 * colour) and the stretch from the last point to the hiker itself. In 1-D every step is drawn as
 * the arc of a jump, so an overshoot across the valley is plain to see.
 */
export class RouteLayer {
  /** The route ahead, which changes only with the run: for the scene's backdrop. */
  readonly ahead = new Graphics();
  /** The walked part and the live segment, which change as the hiker moves. */
  readonly view = new Container();
  private readonly walked = new Graphics();
  private readonly live = new Graphics();
  private path: Path = { points: [] };
  private dots = false;
  private built: { run?: Run; viewport?: Viewport; step: number; themeName?: string; scale: number; color?: number; shared?: boolean } = { step: -1, scale: 1 };

  constructor() {
    this.view.addChild(this.walked, this.live);
  }

  /**
   * Draws `frame.run` walked up to `step`, with the hiker at `hiker`. `color` is the hiker's own
   * colour; `shared` says that other routes are on the valley too, so the route ahead takes the
   * hiker's colour as well. Returns whether the route ahead was redrawn.
   */
  update(frame: SceneFrame, step: number, hiker: ScreenPoint, color: number, shared: boolean): boolean {
    const { run, viewport, theme, scale } = frame;
    const arcs = run.dim === 1;
    const aheadColor = shared ? color : arcs ? theme.muted : theme.overlay;
    const rebuild =
      this.built.run !== run || this.built.viewport !== viewport || this.built.themeName !== theme.name || this.built.scale !== scale || this.built.color !== color || this.built.shared !== shared;
    if (rebuild) {
      const points = screenPath(run, viewport);
      this.path = arcs ? { points } : { points, kept: simplifiedIndices(points, SIMPLIFY_PX) };
      this.dots = dotted(points);
      const g = this.ahead.clear();
      // Round joins: momentum reverses sharply, where miter joins spike and PixiJS's bevel joins
      // fill the zig-zag's whole envelope.
      trace(g, this.path, points.length - 1);
      g.stroke({ width: 1.8 * scale, color: aheadColor, alpha: shared ? 0.6 : 0.9, join: 'round', cap: 'round' });
      if (this.dots) {
        for (const [x, y] of points) g.circle(x, y, 2.2 * scale);
        g.fill({ color: aheadColor, alpha: 0.95 });
      }
    }
    if (rebuild || this.built.step !== step) {
      const g = this.walked.clear();
      const { points } = this.path;
      const to = Math.min(step, points.length - 1);
      if (to > 0) {
        trace(g, this.path, to);
        g.stroke({ width: 6 * scale, color: theme.casing, alpha: 0.55, join: 'round', cap: 'round' });
        trace(g, this.path, to);
        g.stroke({ width: 3 * scale, color, join: 'round', cap: 'round' });
      }
      if (this.dots) {
        for (let k = 0; k <= to; k++) {
          const [x, y] = points[k] as ScreenPoint;
          g.circle(x, y, 3 * scale);
        }
        // Only after shapes were added: fill() with none would fill the trail's own path.
        g.fill({ color }).stroke({ width: 1.2 * scale, color: theme.casing, alpha: 0.8 });
      }
    }
    this.built = { run, viewport, step, themeName: theme.name, scale, color, shared };
    this.drawLive(frame, step, hiker, color);
    return rebuild;
  }

  /** The segment from the last point reached to the hiker in flight. */
  private drawLive(frame: SceneFrame, step: number, hiker: ScreenPoint, color: number): void {
    const g = this.live.clear();
    const from = this.path.points[step];
    if (!from || frame.position - step < 1e-6 || step >= frame.run.stoppedAt || frame.run.dim === 1) return;
    g.moveTo(from[0], from[1]).lineTo(hiker[0], hiker[1]);
    g.stroke({ width: 3 * frame.scale, color, cap: 'round' });
  }

  destroy(): void {
    this.ahead.destroy();
    this.view.destroy({ children: true });
  }
}
