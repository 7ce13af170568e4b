import type { SurfaceDefinition } from '../surface';

const FLOOR = 0.005;

/**
 * f(x) = 1 − exp(−x²) + 0.005·x²: a narrow valley in a wide, nearly flat plain. Far out the slope
 * almost vanishes, so steps shrink to a crawl until the hiker reaches the valley's rim.
 */
export const plateau: SurfaceDefinition<undefined> = {
  id: 'plateau',
  label: 'Plateau',
  description: 'A wide, almost flat plain around a narrow valley: where the slope vanishes, so does progress.',
  dim: 1,
  prepare: () => undefined,
  kernel: {
    valueAndGrad(x, _y, _c, out, o) {
      const e = Math.exp(-x * x);
      out[o] = 2 * x * e + 2 * FLOOR * x;
      return 1 - e + FLOOR * x * x;
    },
    hessian(x, _y, _c, out) {
      out[0] = (2 - 4 * x * x) * Math.exp(-x * x) + 2 * FLOOR;
    },
  },
  domain: [[-4, 4]],
  start: [3.5],
  minima: [[0]],
};
