import { bottomFrom, contractionFactor, formatNumber, getOptimizer, isLinearOptimizer, linearDynamics, stabilityAt, type Point, type Surface } from '../core';

/** A landmark rate on the learning-rate slider. */
export interface Landmark {
  readonly kind: 'critical' | 'optimal' | 'no-overshoot';
  readonly value: number;
  readonly label: string;
  readonly title: string;
}

/** What the stability gauge says at a point. */
export interface Gauge {
  readonly landmarks: readonly Landmark[];
  /** One sentence per principal axis, such as "along y: ×1.3 per step, diverging". */
  readonly axes: readonly string[];
  /** Why there is no critical rate, when there is none. */
  readonly note?: string;
  readonly criticalLr?: number;
}

const f = (v: number): string => formatNumber(v, 3);

/** Names a principal axis: a coordinate's name (x or y) when it is within 10° of one, else its angle. */
export function axisName(vector: readonly number[], dim: number, names: readonly string[] = ['x', 'y']): string {
  const [x = 'x', y = 'y'] = names;
  if (dim === 1) return x;
  const [vx, vy] = vector as [number, number];
  const near = Math.cos((10 * Math.PI) / 180);
  if (Math.abs(vx) >= near) return x;
  if (Math.abs(vy) >= near) return y;
  let degrees = (Math.atan2(vy, vx) * 180) / Math.PI;
  if (degrees > 90) degrees -= 180;
  if (degrees <= -90) degrees += 180;
  return `the ${Math.round(degrees)}° axis`;
}

/** How one step changes the distance along an axis, in words. */
export function describeFactor(factor: number, lambda: number, lr: number): string {
  const times = `×${factor < 100 ? factor.toFixed(2) : formatNumber(factor, 3)} per step`;
  if (lambda < 0) return `${times}: the valley curves down here, so the hiker slides away`;
  if (Math.abs(factor - 1) < 5e-3) return `${times}: neither closer nor farther, the edge`;
  if (factor > 1) return `${times}, diverging`;
  return lr * lambda > 1 ? `${times}, shrinking while overshooting` : `${times}, shrinking`;
}

/** The stability gauge at `point` for `optimizer` at rate `lr` (the landmarks do not depend on lr). */
export function gauge(surface: Surface, point: Point, optimizer: string, momentum: number, lr: number): Gauge {
  const s = stabilityAt(surface, point, optimizer, momentum);
  if (!s) return { landmarks: [], axes: [], note: 'This valley has no Hessian to judge stability by.' };
  const lambdaMax = s.eigenvalues[s.eigenvalues.length - 1] as number;
  const landmarks: Landmark[] = [];
  if (s.criticalLr !== undefined) {
    const dynamics = linearDynamics(optimizer);
    const rule = dynamics === 'gradient' ? '2/λmax' : dynamics === 'heavy-ball' ? '2(1+μ)/λmax' : '2(1+μ)/((1+2μ)λmax)';
    landmarks.push({ kind: 'critical', value: s.criticalLr, label: 'critical', title: `the critical rate ${rule} = ${f(s.criticalLr)} (λmax is the steepest curvature here): any faster diverges` });
  }
  if (s.optimalLr !== undefined && surface.quadratic) {
    landmarks.push({ kind: 'optimal', value: s.optimalLr, label: 'optimal', title: `the optimal rate 2/(λmin + λmax) = ${f(s.optimalLr)}: the fastest descent on this bowl` });
  }
  if (s.noOvershootLr !== undefined) {
    landmarks.push({ kind: 'no-overshoot', value: s.noOvershootLr, label: 'no overshoot below', title: `1/λmax = ${f(s.noOvershootLr)}: at a slower rate, no step overshoots the bottom` });
  }
  let note: string | undefined;
  if (!isLinearOptimizer(optimizer)) {
    note = `${getOptimizer(optimizer).label} rescales every step by the slopes it has seen, so no single rate is critical.`;
  } else if (!(lambdaMax > 0)) {
    note = 'The valley curves down in every direction here: no rate makes the hiker diverge; it slides away.';
  }
  const axes = isLinearOptimizer(optimizer)
    ? s.eigenvalues.map((lambda, i) => {
        const factor = contractionFactor(lambda, lr, optimizer, momentum) as number;
        return `along ${axisName(s.axes[i] as number[], surface.dim, surface.names)}: ${describeFactor(factor, lambda, lr)}`;
      })
    : [];
  return { landmarks, axes, ...(note ? { note } : {}), ...(s.criticalLr !== undefined ? { criticalLr: s.criticalLr } : {}) };
}

/**
 * Where the rate bar judges a rate: on a quadratic, whose curvature is the same `everywhere`; else
 * at the `bottom` the valley leads to from the start, where a run must settle if it converges; or
 * at the `start`, when no bottom with an upward curvature is found.
 */
export type RatePlace = 'everywhere' | 'bottom' | 'start';

/** The landmarks of the rate bar, and the place they are judged at. */
export interface ReferenceGauge {
  readonly gauge: Gauge;
  readonly where: RatePlace;
  readonly point: Point;
}

/** The words that say where a landmark holds: "near the bottom", "at the start", or none on a quadratic. */
export const placeWords = (where: RatePlace): string => ({ everywhere: '', bottom: ' near the bottom', start: ' at the start' })[where];

/**
 * The rate bar's landmarks for a run from `start`: the gauge at the bottom the valley leads to
 * ({@link bottomFrom}), where every converging run ends and so where the critical rate decides
 * whether it can; at the start when there is no such bottom. Neither depends on the learning
 * rate, so the landmarks stay put while the rate is dragged.
 */
export function referenceGauge(surface: Surface, start: Point, optimizer: string, momentum: number): ReferenceGauge {
  if (surface.quadratic) return { gauge: gauge(surface, start, optimizer, momentum, 0), where: 'everywhere', point: start };
  const bottom = bottomFrom(surface, start);
  if (bottom) {
    const there = gauge(surface, bottom, optimizer, momentum, 0);
    if (there.landmarks.length > 0) return { gauge: there, where: 'bottom', point: bottom };
  }
  return { gauge: gauge(surface, start, optimizer, momentum, 0), where: 'start', point: start };
}
