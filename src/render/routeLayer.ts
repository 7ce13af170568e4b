import { Container, type UniformGroup } from 'pixi.js';
import type { Run } from '../core';
import { screenPath, type SceneFrame } from './frame';
import { hopControl, type ScreenPoint } from './hop';
import { simplifiedIndices } from './simplify';
import { StrokeMesh } from './strokeMesh';
import { ink, Strokes } from './strokes';
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

/** How far a 2-D route ahead may stray from the true path, in pixels, to save geometry. */
const SIMPLIFY_PX = 0.25;

/** The screen path of step k − 1 to step k: a straight line (2-D) or the arc of a jump (1-D), without its first point. */
function leg(points: readonly ScreenPoint[], k: number, arcs: boolean): ScreenPoint[] {
  const [a, b] = [points[k - 1] as ScreenPoint, points[k] as ScreenPoint];
  return arcs ? Strokes.flattenArc(a, hopControl(a, b), b, false) : [b];
}

/** One hiker's route this frame: its run (in `frame`), the step reached, where the hiker is and its colour. */
export interface RouteInput {
  readonly frame: SceneFrame;
  readonly step: number;
  readonly hiker: ScreenPoint;
  readonly color: number;
}

/** What the routes' marks were drawn from: a change of any of it redraws them all. */
interface Drawn {
  readonly run: Run;
  readonly viewport: Viewport;
  readonly themeName: string;
  readonly scale: number;
  readonly color: number;
  readonly shared: boolean;
}

/** One route's screen points and how much of it the walked meshes hold. */
interface Route {
  drawn: Drawn;
  points: readonly ScreenPoint[];
  dotted: boolean;
  walkedTo: number;
}

const sameDrawing = (a: Drawn, b: Drawn): boolean =>
  a.run === b.run && a.viewport === b.viewport && a.themeName === b.themeName && a.scale === b.scale && a.color === b.color && a.shared === b.shared;

/**
 * The hikers' routes: the whole predicted path ahead (thin), the part already walked (bold, in the
 * hiker's colour, over a dark casing) and the stretch from the last point to the hiker itself. In
 * 1-D every step is drawn as the arc of a jump, so an overshoot across the valley is plain to see.
 *
 * All routes share one mesh for each kind of mark, so a fan of twelve costs as many draw calls as
 * one hiker, and every casing lies under every line. The walked parts only grow while the hikers
 * walk, so each new step appends its own marks and only those go to the GPU.
 */
export class RouteLayer {
  /** The routes ahead, which change only with the runs: for the scene's backdrop. */
  readonly ahead: StrokeMesh;
  /** The walked parts and the live segments, which change as the hikers move. */
  readonly view = new Container();
  private readonly casing: StrokeMesh;
  private readonly line: StrokeMesh;
  private readonly dots: StrokeMesh;
  private readonly live: StrokeMesh;
  private routes: Route[] = [];

  /** `clip`: where the routes may draw (the plot). */
  constructor(clip: UniformGroup) {
    [this.ahead, this.casing, this.line, this.dots, this.live] = [0, 1, 2, 3, 4].map(() => new StrokeMesh(clip)) as [StrokeMesh, StrokeMesh, StrokeMesh, StrokeMesh, StrokeMesh];
    this.view.addChild(this.casing.view, this.line.view, this.dots.view, this.live.view);
  }

  /**
   * Draws each hiker's route; `shared` says that there are several, so each route ahead takes its
   * hiker's colour. `resolution` is the renderer's. Returns whether the routes ahead were redrawn.
   */
  update(inputs: readonly RouteInput[], shared: boolean, resolution: number): boolean {
    const drawings = inputs.map(({ frame, color }): Drawn => ({ run: frame.run, viewport: frame.viewport, themeName: frame.theme.name, scale: frame.scale, color, shared }));
    const redraw = drawings.length !== this.routes.length || drawings.some((d, i) => !sameDrawing(d, (this.routes[i] as Route).drawn));
    if (redraw) {
      this.routes = inputs.map(({ frame }, i) => {
        const points = screenPath(frame.run, frame.viewport);
        return { drawn: drawings[i] as Drawn, points, dotted: dotted(points), walkedTo: 0 };
      });
      this.drawAhead(inputs, shared, resolution);
    }
    const reached = inputs.map(({ step }, i) => Math.max(0, Math.min(step, (this.routes[i] as Route).points.length - 1)));
    // A new drawing, or a hiker sent back: the walked meshes start over.
    const restart = redraw || this.routes.some((route, i) => (reached[i] as number) < route.walkedTo);
    if (restart) {
      for (const mesh of [this.casing, this.line, this.dots]) mesh.strokes.clear();
      this.routes.forEach((route, i) => {
        route.walkedTo = 0;
        if (route.dotted && route.points[0]) this.dot(route.points[0], (inputs[i] as RouteInput).frame, route.drawn.color);
      });
    }
    if (restart || this.routes.some((route, i) => (reached[i] as number) > route.walkedTo)) {
      this.routes.forEach((route, i) => this.walk(route, reached[i] as number, (inputs[i] as RouteInput).frame));
      for (const mesh of [this.casing, this.line, this.dots]) mesh.commit(resolution);
    }
    this.drawLive(inputs, resolution);
    return redraw;
  }

  private drawAhead(inputs: readonly RouteInput[], shared: boolean, resolution: number): void {
    const strokes = this.ahead.strokes.clear();
    this.routes.forEach(({ points, dotted }, i) => {
      const { frame, color } = inputs[i] as RouteInput;
      const { run, theme, scale } = frame;
      const arcs = run.dim === 1;
      const aheadColor = shared ? color : arcs ? theme.muted : theme.overlay;
      const width = 1.8 * scale;
      const paint = ink(aheadColor, shared ? 0.6 : 0.9);
      if (arcs) {
        const path: ScreenPoint[] = points.slice(0, 1);
        for (let k = 1; k < points.length; k++) path.push(...leg(points, k, true));
        strokes.polyline(path, width, paint);
      } else {
        strokes.polyline(
          simplifiedIndices(points, SIMPLIFY_PX).map((k) => points[k] as ScreenPoint),
          width,
          paint,
        );
      }
      if (dotted) for (const p of points) strokes.disc(p, 2.2 * scale, ink(aheadColor, 0.95));
    });
    this.ahead.commit(resolution);
  }

  /** Appends the steps of `route` from its `walkedTo` up to `to` to the walked meshes. */
  private walk(route: Route, to: number, frame: SceneFrame): void {
    const { run, theme, scale } = frame;
    const arcs = run.dim === 1;
    // Opaque: a translucent casing would darken where its capsules overlap at each join.
    const casing = ink(theme.casing);
    const line = ink(route.drawn.color);
    for (let k = route.walkedTo + 1; k <= to; k++) {
      const path = [route.points[k - 1] as ScreenPoint, ...leg(route.points, k, arcs)];
      this.casing.strokes.polyline(path, 5.5 * scale, casing);
      this.line.strokes.polyline(path, 3 * scale, line);
      if (route.dotted) this.dot(route.points[k] as ScreenPoint, frame, route.drawn.color);
    }
    route.walkedTo = Math.max(route.walkedTo, to);
  }

  /** The mark of a step reached: a dot in the hiker's colour with a thin casing. */
  private dot(at: ScreenPoint, frame: SceneFrame, color: number): void {
    const { theme, scale } = frame;
    this.dots.strokes.disc(at, 3.6 * scale, ink(theme.casing, 0.8)).disc(at, 3 * scale, ink(color));
  }

  /** The segments from the last point each hiker reached to the hiker in flight. */
  private drawLive(inputs: readonly RouteInput[], resolution: number): void {
    const strokes = this.live.strokes.clear();
    inputs.forEach(({ frame, step, hiker, color }, i) => {
      const from = (this.routes[i] as Route).points[step];
      if (from && frame.position - step >= 1e-6 && step < frame.run.stoppedAt && frame.run.dim === 2) strokes.segment(from, hiker, 3 * frame.scale, ink(color));
    });
    this.live.commit(resolution);
  }

  destroy(): void {
    for (const mesh of [this.ahead, this.casing, this.line, this.dots, this.live]) mesh.destroy();
    this.view.destroy();
  }
}
