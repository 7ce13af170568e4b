import type { SurfaceDefinition } from '../surface';

/** f(x) = a·x²/2. Gradient descent multiplies x by (1 − lr·a) each step: critical rate 2/a. */
export const parabola: SurfaceDefinition<{ a: number }, 'a'> = {
  id: 'parabola',
  label: 'Parabola',
  description: 'One smooth valley. Each step multiplies the distance to the bottom by the same factor.',
  dim: 1,
  quadratic: true,
  params: [{ name: 'a', label: 'curvature a', default: 1, min: 0.05, max: 20, scale: 'log' }],
  prepare: (values) => ({ a: values.a }),
  kernel: {
    valueAndGrad(x, _y, c, out, o) {
      out[o] = c.a * x;
      return 0.5 * c.a * x * x;
    },
    hessian(_x, _y, c, out) {
      out[0] = c.a;
    },
  },
  domain: [[-4, 4]],
  start: [3],
  minima: [[0]],
};
