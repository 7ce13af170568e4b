import type { SurfaceDefinition } from '../surface';

/**
 * f(x, y) = (1 − x)² + 100·(y − x²)²: a curved, flat-bottomed banana valley. Finding the valley is
 * easy; following its floor to (1, 1) is the hard part.
 */
export const rosenbrock: SurfaceDefinition<undefined> = {
  id: 'rosenbrock',
  label: 'Rosenbrock banana',
  description: 'A curved valley with a nearly flat floor: steep walls force small steps, the flat floor makes them slow.',
  dim: 2,
  prepare: () => undefined,
  kernel: {
    valueAndGrad(x, y, _c, out, o) {
      const a = 1 - x;
      const b = y - x * x;
      out[o] = -2 * a - 400 * x * b;
      out[o + 1] = 200 * b;
      return a * a + 100 * b * b;
    },
    hessian(x, y, _c, out) {
      out[0] = 2 - 400 * y + 1200 * x * x;
      out[1] = -400 * x;
      out[2] = -400 * x;
      out[3] = 200;
    },
  },
  domain: [
    [-2, 2],
    [-1, 3],
  ],
  start: [-1.2, 1],
  minima: [[1, 1]],
};
