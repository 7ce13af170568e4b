import { symmetricEigen } from './stability';
import type { Point, Surface } from './surface';

/** The most downhill steps {@link bottomFrom} takes before it settles for the nearest known minimum. */
export const BASIN_ITERATIONS = 5000;

/** One step moves at most this fraction of the box's diagonal: short enough to stay in the start's basin. */
const STEP_FRACTION = 0.01;

/** Within this fraction of the box's diagonal of a known minimum, the descent has found it. */
const NEAR_FRACTION = 0.02;

/** The known minimum nearest to `point`, and its distance; undefined when the valley lists none. */
function nearestMinimum(surface: Surface, point: Point): { minimum: Point; distance: number } | undefined {
  let best: { minimum: Point; distance: number } | undefined;
  for (const minimum of surface.minima) {
    const distance = Math.hypot(...minimum.map((v, i) => v - (point[i] as number)));
    if (!best || distance < best.distance) best = { minimum, distance };
  }
  return best;
}

/**
 * Whether `point` is a bottom: the valley curves up there in every direction (its Hessian), a
 * Newton step |∇f|/λmin from its lowest point, and no lower half a `radius` away along either
 * principal axis (an inflection, where the descent stalls too, is not).
 */
function isBottom(surface: Surface, point: Point, slope: number, radius: number): boolean {
  if (!surface.hessian) return false;
  const { values, vectors } = symmetricEigen(surface.hessian(point));
  const lambda = values[0] as number;
  if (!(lambda > 0) || slope / lambda > radius) return false;
  const here = surface.f(point);
  return vectors.every((v) => [-0.5, 0.5].every((t) => !(surface.f(point.map((c, i) => c + t * radius * (v[i] as number))) < here)));
}

/**
 * The bottom that the valley leads to from `start`: where water poured at `start` would come to
 * rest. It follows the gradient downhill in short steps (each at most 1 % of the box's diagonal,
 * halved until the loss falls by at least half of what the slope promises, the Armijo rule), so
 * it stays in the start's own basin, and stops at the first known minimum it comes near. A
 * descent that ends elsewhere gives its own end when that is a bottom (a typed valley's second
 * well, which the valley does not list), else the known minimum nearest to that end. Undefined
 * when there is no bottom to find: the loss is undefined at `start`, or the valley falls away
 * without end and lists no minimum.
 *
 * It depends on the valley and the start only, never on a learning rate: a landmark judged here
 * stays put while the rate is dragged.
 */
export function bottomFrom(surface: Surface, start: Point): Point | undefined {
  const dim = surface.dim;
  const diagonal = Math.hypot(...surface.domain.map(([lo, hi]) => hi - lo));
  const [reach, near] = [STEP_FRACTION * diagonal, NEAR_FRACTION * diagonal];
  const grad = new Float64Array(2);
  const trial = new Float64Array(2);
  let [x, y] = [start[0] as number, dim === 2 ? (start[1] as number) : 0];
  let loss = surface.valueAndGrad(x, y, grad, 0);
  if (!Number.isFinite(loss)) return undefined;
  let h = reach;
  for (let i = 0; i < BASIN_ITERATIONS; i++) {
    const here = dim === 2 ? [x, y] : [x];
    const known = nearestMinimum(surface, here);
    if (known && known.distance <= near) return known.minimum;
    const [gx, gy] = [grad[0] as number, dim === 2 ? (grad[1] as number) : 0];
    const slope = Math.hypot(gx, gy);
    if (!(slope > 1e-12)) break;
    h = Math.min(h * 2, reach / slope);
    let moved = false;
    for (let halvings = 0; halvings < 60 && !moved; halvings++) {
      const [nx, ny] = [x - h * gx, y - h * gy];
      const next = surface.valueAndGrad(nx, ny, trial, 0);
      if (Number.isFinite(next) && next <= loss - 0.5 * h * slope * slope) {
        [x, y, loss] = [nx, ny, next];
        grad.set(trial);
        moved = true;
      } else {
        h /= 2;
      }
    }
    if (!moved) break;
  }
  const end = dim === 2 ? [x, y] : [x];
  if (isBottom(surface, end, Math.hypot(grad[0] as number, dim === 2 ? (grad[1] as number) : 0), near)) return end;
  return nearestMinimum(surface, end)?.minimum;
}
