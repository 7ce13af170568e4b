import type { SurfaceDefinition } from '../surface';

/**
 * f(x, y) = ½x² + ¼(y² − 1)²: a mountain pass at the origin between two valleys at (0, ±1). At the
 * pass the slope vanishes, so a hiker walking in along y = 0 lingers before it escapes.
 */
export const saddle: SurfaceDefinition<undefined> = {
  id: 'saddle',
  label: 'Saddle point',
  description: 'A mountain pass between two valleys: flat at the pass, where the hiker lingers before escaping.',
  dim: 2,
  prepare: () => undefined,
  kernel: {
    valueAndGrad(x, y, _c, out, o) {
      const u = y * y - 1;
      out[o] = x;
      out[o + 1] = y * u;
      return 0.5 * x * x + 0.25 * u * u;
    },
    hessian(_x, y, _c, out) {
      out[0] = 1;
      out[1] = 0;
      out[2] = 0;
      out[3] = 3 * y * y - 1;
    },
  },
  domain: [
    [-2.5, 2.5],
    [-2, 2],
  ],
  start: [2.2, 0.01],
  minima: [
    [0, 1],
    [0, -1],
  ],
};
