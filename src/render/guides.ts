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
  /** −η·∇f, from its tail to its tip; undefined where the ground is flat. */
  readonly arrow?: { readonly tail: ScreenPoint; readonly tip: ScreenPoint };
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
  const shown = Math.min(Math.max(length, 18 * scale), 0.3 * Math.min(viewport.width, viewport.height));
  dx *= shown / length;
  dy *= shown / length;
  const tail: ScreenPoint = arc ? [from[0], from[1] + 10 * scale] : from;
  return { from, to, arc, arrow: { tail, tip: [tail[0] + dx, tail[1] + dy] } };
}
