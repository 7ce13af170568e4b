import type { Point, SurfaceDefinition } from '../surface';
import { refineStationaryPoint } from './newton';

/**
 * f(x, y) = (x² + y − 11)² + (x + y² − 7)²: four bottoms of equal depth. Which one the hiker
 * reaches depends on where it starts.
 */
export const himmelblau: SurfaceDefinition<{ minima: readonly Point[] }> = {
  id: 'himmelblau',
  label: 'Himmelblau',
  description: 'Four equally deep bottoms: where you start decides where you end.',
  dim: 2,
  prepare: () => {
    const seed = { minima: [] };
    const guesses = [
      [3, 2],
      [-2.805118, 3.131312],
      [-3.77931, -3.283186],
      [3.584428, -1.848126],
    ];
    return { minima: guesses.map((g) => refineStationaryPoint(himmelblau.kernel, seed, 2, g)) };
  },
  kernel: {
    valueAndGrad(x, y, _c, out, o) {
      const u = x * x + y - 11;
      const v = x + y * y - 7;
      out[o] = 4 * x * u + 2 * v;
      out[o + 1] = 2 * u + 4 * y * v;
      return u * u + v * v;
    },
    hessian(x, y, _c, out) {
      out[0] = 12 * x * x + 4 * y - 42;
      out[1] = 4 * (x + y);
      out[2] = 4 * (x + y);
      out[3] = 12 * y * y + 4 * x - 26;
    },
  },
  domain: [
    [-5, 5],
    [-5, 5],
  ],
  start: [-1, 0],
  minima: (_values, c) => c.minima,
};
