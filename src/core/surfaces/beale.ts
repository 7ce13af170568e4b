import type { SurfaceDefinition } from '../surface';

/**
 * f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum 0 at (3, 0.5). Sharp
 * ridges and very flat arms: its loss spans five orders of magnitude over the box.
 */
export const beale: SurfaceDefinition<undefined> = {
  id: 'beale',
  label: 'Beale',
  description: 'Flat arms and sharp corners, with losses ranging over five orders of magnitude.',
  dim: 2,
  prepare: () => undefined,
  kernel: {
    valueAndGrad(x, y, _c, out, o) {
      const y2 = y * y;
      const y3 = y2 * y;
      const t1 = 1.5 - x + x * y;
      const t2 = 2.25 - x + x * y2;
      const t3 = 2.625 - x + x * y3;
      out[o] = 2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1));
      out[o + 1] = 2 * x * (t1 + 2 * y * t2 + 3 * y2 * t3);
      return t1 * t1 + t2 * t2 + t3 * t3;
    },
    hessian(x, y, _c, out) {
      const y2 = y * y;
      const y3 = y2 * y;
      const t1 = 1.5 - x + x * y;
      const t2 = 2.25 - x + x * y2;
      const t3 = 2.625 - x + x * y3;
      // ∂tᵢ/∂x and ∂tᵢ/∂y; H = 2·Σ(∇tᵢ∇tᵢᵀ + tᵢ∇²tᵢ).
      const ax = y - 1;
      const bx = y2 - 1;
      const cx = y3 - 1;
      const ay = x;
      const by = 2 * x * y;
      const cy = 3 * x * y2;
      out[0] = 2 * (ax * ax + bx * bx + cx * cx);
      const xy = 2 * (ax * ay + bx * by + cx * cy) + 2 * (t1 + 2 * y * t2 + 3 * y2 * t3);
      out[1] = xy;
      out[2] = xy;
      out[3] = 2 * (ay * ay + by * by + cy * cy) + 2 * (2 * x * t2 + 6 * x * y * t3);
    },
  },
  domain: [
    [-4.5, 4.5],
    [-4.5, 4.5],
  ],
  start: [1, 1.5],
  minima: [[3, 0.5]],
};
