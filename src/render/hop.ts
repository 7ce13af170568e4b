/** The geometry of a step: how the hiker travels from one point to the next on screen. */

export type ScreenPoint = readonly [number, number];

/** Smooth start and stop: 3t² − 2t³. */
export const easeInOut = (t: number): number => t * t * (3 - 2 * t);

/** Steps shorter than this many pixels are walked; longer ones are jumped. */
export const WALK_LIMIT_PX = 14;

/**
 * The control point of the quadratic Bézier arc of a jump from a to b: above the higher end by a
 * lift that grows with the length of the jump (capped), so a long overshoot is a high leap.
 */
export function hopControl(a: ScreenPoint, b: ScreenPoint): ScreenPoint {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const lift = length < WALK_LIMIT_PX ? 0 : Math.min(90, 8 + 0.35 * length);
  return [(a[0] + b[0]) / 2, Math.min(a[1], b[1]) - 2 * lift];
}

/** The point at fraction t of the arc from a to b (quadratic Bézier through {@link hopControl}). */
export function pointOnHop(a: ScreenPoint, b: ScreenPoint, t: number): [number, number] {
  const c = hopControl(a, b);
  const u = 1 - t;
  return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
}
