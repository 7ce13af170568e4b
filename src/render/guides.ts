import { screenPoint, type SceneFrame } from './frame';
import type { ScreenPoint } from './hop';

/**
 * What the hiker at rest feels and where it goes next, in screen pixels: the route of the next
 * step (an arc in 1-D) to the point it lands on, and the downhill arrow −η·∇f from where it stands.
 */
export interface Guide {
  readonly from: ScreenPoint;
  readonly to: ScreenPoint;
  /** Whether the step is drawn as the arc of a jump (1-D). */
  readonly arc: boolean;
  /**
   * −η·∇f at its true length (at least a few pixels, to be seen), from its tail to its tip; cut at
   * the edge of the plot with `offView` set when it reaches beyond. Undefined where the ground is flat.
   */
  readonly arrow?: { readonly tail: ScreenPoint; readonly tip: ScreenPoint; readonly offView: boolean };
}

/** Shortens the segment from `tail` to `tip` so that it ends at the edge of the plot, if it leaves it. */
function clipToPlot(tail: ScreenPoint, tip: ScreenPoint, viewport: SceneFrame['viewport']): { tip: ScreenPoint; offView: boolean } {
  const { width, height, margins } = viewport;
  const [x0, x1, y0, y1] = [margins.left, width - margins.right, margins.top, height - margins.bottom];
  const [dx, dy] = [tip[0] - tail[0], tip[1] - tail[1]];
  let t = 1;
  if (tail[0] + dx > x1) t = Math.min(t, (x1 - tail[0]) / dx);
  if (tail[0] + dx < x0) t = Math.min(t, (x0 - tail[0]) / dx);
  if (tail[1] + dy > y1) t = Math.min(t, (y1 - tail[1]) / dy);
  if (tail[1] + dy < y0) t = Math.min(t, (y0 - tail[1]) / dy);
  t = Math.max(0, t);
  return t < 1 ? { tip: [tail[0] + dx * t, tail[1] + dy * t], offView: true } : { tip, offView: false };
}

/** The guide of the hiker at step `step` of `frame`'s run; undefined once the run has ended there. */
export function guideAt(frame: SceneFrame, step: number): Guide | undefined {
  const { run, viewport, scale } = frame;
  if (step >= run.stoppedAt) return undefined;
  const from = screenPoint(run, step, viewport);
  const to = screenPoint(run, step + 1, viewport);
  const arc = run.dim === 1;
  // −η·∇f in screen pixels: both axes of a 2-D view share one scale; in 1-D the arrow lies along x.
  const grad = run.grads[step] as number[];
  const lr = run.lrs[step] ?? run.lr;
  const pixelsPerUnit = Math.abs(viewport.x(1) - viewport.x(0));
  let dx = -lr * (grad[0] as number) * pixelsPerUnit;
  let dy = run.dim === 2 ? lr * (grad[1] as number) * pixelsPerUnit : 0;
  const length = Math.hypot(dx, dy);
  if (!(length > 0)) return { from, to, arc };
  // The true step, so a larger rate shows a longer arrow; a tiny one is drawn long enough to see.
  const shown = Math.max(length, 18 * scale);
  dx *= shown / length;
  dy *= shown / length;
  const tail: ScreenPoint = arc ? [from[0], from[1] + 10 * scale] : from;
  return { from, to, arc, arrow: { tail, ...clipToPlot(tail, [tail[0] + dx, tail[1] + dy], viewport) } };
}
