import type { SurfaceDefinition } from '../surface';

interface Quadratic {
  /** Entries of the symmetric matrix A = R(θ)·diag(a, b)·R(θ)ᵀ. */
  a11: number;
  a12: number;
  a22: number;
}

/**
 * f(p) = ½·pᵀAp with eigenvalues a and b along axes turned by `angle` degrees. a = b is a round
 * bowl; a ≪ b is a narrow ravine, where one rate cannot suit both directions.
 */
export const quadratic: SurfaceDefinition<Quadratic, 'a' | 'b' | 'angle'> = {
  id: 'quadratic',
  label: 'Quadratic bowl',
  description: 'An elliptic bowl: equal curvatures make a round bowl, very different ones a narrow ravine.',
  dim: 2,
  quadratic: true,
  params: [
    { name: 'a', label: 'curvature a', default: 1, min: 0.05, max: 50, scale: 'log' },
    { name: 'b', label: 'curvature b', default: 4, min: 0.05, max: 50, scale: 'log' },
    { name: 'angle', label: 'rotation (°)', default: 0, min: -90, max: 90, scale: 'linear' },
  ],
  prepare: ({ a, b, angle }) => {
    const theta = (angle * Math.PI) / 180;
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    return { a11: a * c * c + b * s * s, a12: (a - b) * c * s, a22: a * s * s + b * c * c };
  },
  kernel: {
    valueAndGrad(x, y, c, out, o) {
      const gx = c.a11 * x + c.a12 * y;
      const gy = c.a12 * x + c.a22 * y;
      out[o] = gx;
      out[o + 1] = gy;
      return 0.5 * (x * gx + y * gy);
    },
    hessian(_x, _y, c, out) {
      out[0] = c.a11;
      out[1] = c.a12;
      out[2] = c.a12;
      out[3] = c.a22;
    },
  },
  domain: [
    [-3, 3],
    [-3, 3],
  ],
  start: [-2.5, 1.5],
  minima: [[0, 0]],
};
