import { linearDynamics } from './optimizers';
import type { Point, Surface } from './surface';

/** Eigenvalues (ascending) and unit eigenvectors of a symmetric 1×1 or 2×2 matrix. */
export interface Eigen {
  readonly values: readonly number[];
  readonly vectors: readonly (readonly number[])[];
}

/** Closed-form eigen-decomposition of a symmetric matrix of size 1 or 2. */
export function symmetricEigen(m: readonly (readonly number[])[]): Eigen {
  if (m.length === 1) return { values: [m[0]?.[0] ?? Number.NaN], vectors: [[1]] };
  const a = m[0]?.[0] ?? Number.NaN;
  const b = m[0]?.[1] ?? Number.NaN;
  const d = m[1]?.[1] ?? Number.NaN;
  const mean = (a + d) / 2;
  const radius = Math.hypot((a - d) / 2, b);
  const values = [mean - radius, mean + radius];
  // The eigenvector of the larger eigenvalue is at angle θ with tan 2θ = 2b / (a − d).
  const theta = 0.5 * Math.atan2(2 * b, a - d);
  const major = [Math.cos(theta), Math.sin(theta)];
  const minor = [-Math.sin(theta), Math.cos(theta)];
  return { values, vectors: [minor, major] };
}

/** Whether optimizer `id` moves linearly on a quadratic, so that its stability has a closed form. */
export const isLinearOptimizer = (id: string): boolean => linearDynamics(id) !== undefined;

/**
 * The largest stable learning rate along a direction of curvature λ > 0: 2/λ for gradient
 * descent, 2(1+μ)/λ for heavy-ball momentum, 2(1+μ)/((1+2μ)λ) for Nesterov. Undefined where λ ≤ 0
 * (no rate is unstable there) and for adaptive optimizers, which rescale every step.
 */
export function criticalLr(lambdaMax: number, optimizer: string, momentum = 0): number | undefined {
  const dynamics = linearDynamics(optimizer);
  if (!(lambdaMax > 0) || !dynamics) return undefined;
  const mu = dynamics === 'gradient' ? 0 : momentum;
  const edge = dynamics === 'nesterov' ? (2 * (1 + mu)) / (1 + 2 * mu) : 2 * (1 + mu);
  return edge / lambdaMax;
}

/** 2/(λmin + λmax): the rate that contracts fastest on a quadratic; undefined unless λmin > 0. */
export function optimalLr(lambdaMin: number, lambdaMax: number): number | undefined {
  return lambdaMin > 0 && lambdaMax >= lambdaMin ? 2 / (lambdaMin + lambdaMax) : undefined;
}

/** 1/λmax: below it, plain gradient descent never overshoots the bottom. */
export function noOvershootLr(lambdaMax: number): number | undefined {
  return lambdaMax > 0 ? 1 / lambdaMax : undefined;
}

/**
 * How much one step multiplies the distance to the bottom along a direction of curvature λ, in the
 * long run: the spectral radius of the optimizer's linear iteration. For gradient descent this is
 * |1 − η·λ|; for momentum the roots of z² − (1 + μ − ηλ)·z + μ; for Nesterov those of
 * z² − (1 + μ − ηλ(1+μ))·z + μ(1 − ηλ). Above 1 the hiker moves away along that direction.
 * Undefined for adaptive optimizers.
 */
export function contractionFactor(lambda: number, lr: number, optimizer: string, momentum = 0): number | undefined {
  const dynamics = linearDynamics(optimizer);
  if (!dynamics) return undefined;
  const mu = dynamics === 'gradient' ? 0 : momentum;
  const h = lr * lambda;
  const trace = dynamics === 'nesterov' ? 1 + mu - h * (1 + mu) : 1 + mu - h;
  const det = dynamics === 'nesterov' ? mu * (1 - h) : mu;
  const disc = trace * trace - 4 * det;
  if (disc < 0) return Math.sqrt(det);
  const root = Math.sqrt(disc);
  return Math.max(Math.abs(trace + root), Math.abs(trace - root)) / 2;
}

/** The stability landmarks of a point on a valley, for one optimizer. */
export interface Stability {
  /** Curvatures along the principal axes, ascending. */
  readonly eigenvalues: readonly number[];
  /** Unit principal axes, in the order of `eigenvalues`. */
  readonly axes: readonly (readonly number[])[];
  readonly criticalLr: number | undefined;
  readonly optimalLr: number | undefined;
  readonly noOvershootLr: number | undefined;
}

/** Stability landmarks at `point`; undefined when the valley has no Hessian. */
export function stabilityAt(surface: Surface, point: Point, optimizer: string, momentum = 0): Stability | undefined {
  if (!surface.hessian) return undefined;
  const { values, vectors } = symmetricEigen(surface.hessian(point));
  if (!values.every(Number.isFinite)) return undefined;
  const lambdaMin = values[0] as number;
  const lambdaMax = values[values.length - 1] as number;
  return {
    eigenvalues: values,
    axes: vectors,
    criticalLr: criticalLr(lambdaMax, optimizer, momentum),
    optimalLr: optimalLr(lambdaMin, lambdaMax),
    noOvershootLr: noOvershootLr(lambdaMax),
  };
}
