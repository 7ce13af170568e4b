import { Container, Graphics } from 'pixi.js';
import type { Run } from '../core';
import { screenPath, type SceneFrame } from './frame';
import { hopControl, type ScreenPoint } from './hop';
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

function trace(g: Graphics, points: readonly ScreenPoint[], from: number, to: number, arcs: boolean): void {
  const first = points[from];
  if (!first || to <= from) return;
  g.moveTo(first[0], first[1]);
  let a = first;
  for (let k = from + 1; k <= to; k++) {
    const b = points[k] as ScreenPoint;
    if (k < to && Math.hypot(b[0] - a[0], b[1] - a[1]) < MIN_SEGMENT_PX) continue;
    if (arcs) {
      const [cx, cy] = hopControl(a, b);
      g.quadraticCurveTo(cx, cy, b[0], b[1]);
    } else {
      g.lineTo(b[0], b[1]);
    }
    a = b;
  }
}

/**
 * The route: the whole predicted path ahead (thin), the part already walked (bold, in the hiker's
 * colour) and the stretch from the last point to the hiker itself. In 1-D every step is drawn as
 * the arc of a jump, so an overshoot across the valley is plain to see.
 */
export class RouteLayer {
  readonly view = new Container();
  private readonly ahead = new Graphics();
  private readonly walked = new Graphics();
  private readonly live = new Graphics();
  private points: [number, number][] = [];
  private dots = false;
  private built: { run?: Run; viewport?: Viewport; step: number; themeName?: string; scale: number; color?: number } = { step: -1, scale: 1 };

  constructor() {
    this.view.addChild(this.ahead, this.walked, this.live);
  }

  /**
   * Draws `frame.run` walked up to `step`, with the hiker at `hiker`. `color` is the hiker's own
   * colour; `shared` says that other routes are on the valley too, so the route ahead takes the
   * hiker's colour as well.
   */
  update(frame: SceneFrame, step: number, hiker: ScreenPoint, color: number, shared: boolean): void {
    const { run, viewport, theme, scale } = frame;
    const arcs = run.dim === 1;
    const aheadColor = shared ? color : arcs ? theme.muted : theme.overlay;
    const rebuild =
      this.built.run !== run || this.built.viewport !== viewport || this.built.themeName !== theme.name || this.built.scale !== scale || this.built.color !== color;
    if (rebuild) {
      this.points = screenPath(run, viewport);
      this.dots = dotted(this.points);
      const g = this.ahead.clear();
      const last = this.points.length - 1;
      // Round joins: momentum reverses sharply, where miter joins spike and PixiJS's bevel joins
      // fill the zig-zag's whole envelope.
      trace(g, this.points, 0, last, arcs);
      g.stroke({ width: 1.8 * scale, color: aheadColor, alpha: shared ? 0.6 : 0.9, join: 'round', cap: 'round' });
      if (this.dots) {
        for (const [x, y] of this.points) g.circle(x, y, 2.2 * scale);
        g.fill({ color: aheadColor, alpha: 0.95 });
      }
    }
    if (rebuild || this.built.step !== step) {
      const g = this.walked.clear();
      const to = Math.min(step, this.points.length - 1);
      if (to > 0) {
        trace(g, this.points, 0, to, arcs);
        g.stroke({ width: 6 * scale, color: theme.casing, alpha: 0.55, join: 'round', cap: 'round' });
        trace(g, this.points, 0, to, arcs);
        g.stroke({ width: 3 * scale, color, join: 'round', cap: 'round' });
      }
      if (this.dots) {
        for (let k = 0; k <= to; k++) {
          const [x, y] = this.points[k] as ScreenPoint;
          g.circle(x, y, 3 * scale);
        }
        // Only after shapes were added: fill() with none would fill the trail's own path.
        g.fill({ color }).stroke({ width: 1.2 * scale, color: theme.casing, alpha: 0.8 });
      }
    }
    this.built = { run, viewport, step, themeName: theme.name, scale, color };
    this.drawLive(frame, step, hiker, color);
  }

  /** The segment from the last point reached to the hiker in flight. */
  private drawLive(frame: SceneFrame, step: number, hiker: ScreenPoint, color: number): void {
    const g = this.live.clear();
    const from = this.points[step];
    if (!from || frame.position - step < 1e-6 || step >= frame.run.stoppedAt || frame.run.dim === 1) return;
    g.moveTo(from[0], from[1]).lineTo(hiker[0], hiker[1]);
    g.stroke({ width: 3 * frame.scale, color, cap: 'round' });
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}
