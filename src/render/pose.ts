import type { Run } from '../core';
import { screenPoint } from './frame';
import { WALK_LIMIT_PX, easeInOut, pointOnHop, type ScreenPoint } from './hop';
import type { HikerPose } from './hikerFigure';
import type { Viewport } from './viewport';

/**
 * Where and how the hiker stands at playhead `position`: on a point, walking a short step, or in
 * the air on a long one; after a divergence, tumbling away along the step that was refused.
 */
export function hikerPose(run: Run, position: number, viewport: Viewport, flyOff: number): HikerPose {
  const last = run.stoppedAt;
  const step = Math.min(last, Math.floor(position + 1e-9));
  const fraction = step < last ? position - step : 0;
  const here = screenPoint(run, step, viewport);
  const ahead = step < last ? screenPoint(run, step + 1, viewport) : undefined;
  const behind = step > 0 ? screenPoint(run, step - 1, viewport) : undefined;
  const facingOf = (from: ScreenPoint, to: ScreenPoint): 1 | -1 => (to[0] < from[0] - 0.5 ? -1 : 1);
  const facing = ahead ? facingOf(here, ahead) : behind ? facingOf(behind, here) : 1;
  const flyDirection = flightDirection(run, viewport);
  if (!ahead || fraction <= 0) {
    return { at: here, facing, stride: 0, airborne: 0, flyOff, flyDirection };
  }
  const eased = easeInOut(fraction);
  const length = Math.hypot(ahead[0] - here[0], ahead[1] - here[1]);
  if (length < WALK_LIMIT_PX) {
    const at: ScreenPoint = [here[0] + (ahead[0] - here[0]) * eased, here[1] + (ahead[1] - here[1]) * eased];
    return { at, facing, stride: (eased * length * Math.PI) / 4, airborne: 0, flyOff, flyDirection };
  }
  return { at: pointOnHop(here, ahead, eased), facing, stride: 0, airborne: Math.sin(Math.PI * fraction), flyOff, flyDirection };
}

/** Up and away, in the direction the refused step would have gone (−∇f at the last point). */
function flightDirection(run: Run, viewport: Viewport): ScreenPoint {
  const g = run.grads[run.stoppedAt] ?? [0, 0];
  const sx = -(g[0] ?? 0) * Math.sign(viewport.x(1) - viewport.x(0));
  const sy = run.dim === 2 ? (g[1] ?? 0) : 0;
  const length = Math.hypot(sx, sy) || 1;
  const [dx, dy] = [sx / length, sy / length - 0.8];
  const norm = Math.hypot(dx, dy) || 1;
  return [dx / norm, dy / norm];
}
