import type { SurfaceDefinition } from '../surface';

/**
 * f(x) = eˣ − x − 1: gentle on the left, a steepening wall on the right. The curvature eˣ grows
 * with x, so a rate that is safe on the left overshoots wildly on the wall.
 */
export const asymmetric: SurfaceDefinition<undefined> = {
  id: 'asymmetric',
  label: 'Lopsided valley',
  description: 'A gentle slope on one side and a steep wall on the other: the safe step size depends on where you stand.',
  dim: 1,
  prepare: () => undefined,
  kernel: {
    valueAndGrad(x, _y, _c, out, o) {
      // expm1 keeps full precision near the bottom, where eˣ − 1 would cancel.
      const e1 = Math.expm1(x);
      out[o] = e1;
      return e1 - x;
    },
    hessian(x, _y, _c, out) {
      out[0] = Math.exp(x);
    },
  },
  domain: [[-4, 2.5]],
  start: [-3],
  minima: [[0]],
};
