import type { Point, SurfaceDefinition } from '../surface';
import { refineStationaryPoint } from './newton';

/** A Gaussian hollow: depth d, width w, centred at (cx, cy). */
interface Hollow {
  readonly cx: number;
  readonly cy: number;
  readonly depth: number;
  readonly width: number;
}

const HOLLOWS: readonly Hollow[] = [
  { cx: 1.6, cy: 1.1, depth: 2.0, width: 0.8 },
  { cx: -1.6, cy: 1.3, depth: 1.5, width: 0.7 },
  { cx: 0.3, cy: -1.7, depth: 1.2, width: 0.6 },
  { cx: -1.9, cy: -1.5, depth: 0.9, width: 0.6 },
];
const BOWL = 0.08;

interface Hollows {
  /** Shift that puts the deepest bottom at loss 0. */
  offset: number;
  minima: readonly Point[];
}

/**
 * f(p) = 0.08·|p|² − Σ dᵢ·exp(−|p − cᵢ|² / 2wᵢ²) − f_min: four hollows of different depths in a
 * gentle bowl. Gradient descent finds the bottom of whichever hollow it starts in, not the deepest.
 */
export const hollows: SurfaceDefinition<Hollows> = {
  id: 'hollows',
  label: 'Hills and hollows',
  description: 'Several hollows of different depths: the hiker settles in the nearest one, not necessarily the deepest.',
  dim: 2,
  prepare: () => {
    const seed = { offset: 0, minima: [] };
    const g = new Float64Array(2);
    const found = HOLLOWS.map((h) => refineStationaryPoint(hollows.kernel, seed, 2, [h.cx, h.cy]));
    const depths = found.map(([x, y]) => hollows.kernel.valueAndGrad(x as number, y as number, seed, g, 0));
    const order = found.map((_, i) => i).sort((i, j) => (depths[i] as number) - (depths[j] as number));
    return { offset: Math.min(...depths), minima: order.map((i) => found[i] as Point) };
  },
  kernel: {
    valueAndGrad(x, y, c, out, o) {
      let f = BOWL * (x * x + y * y) - c.offset;
      let gx = 2 * BOWL * x;
      let gy = 2 * BOWL * y;
      for (const h of HOLLOWS) {
        const dx = x - h.cx;
        const dy = y - h.cy;
        const w2 = h.width * h.width;
        const e = h.depth * Math.exp(-(dx * dx + dy * dy) / (2 * w2));
        f -= e;
        gx += (e * dx) / w2;
        gy += (e * dy) / w2;
      }
      out[o] = gx;
      out[o + 1] = gy;
      return f;
    },
    hessian(x, y, _c, out) {
      let hxx = 2 * BOWL;
      let hxy = 0;
      let hyy = 2 * BOWL;
      for (const h of HOLLOWS) {
        const dx = x - h.cx;
        const dy = y - h.cy;
        const w2 = h.width * h.width;
        const e = h.depth * Math.exp(-(dx * dx + dy * dy) / (2 * w2));
        // ∇²(−d·e) = d·e·(I/w² − (p − c)(p − c)ᵀ/w⁴)
        hxx += (e / w2) * (1 - (dx * dx) / w2);
        hxy -= (e * dx * dy) / (w2 * w2);
        hyy += (e / w2) * (1 - (dy * dy) / w2);
      }
      out[0] = hxx;
      out[1] = hxy;
      out[2] = hxy;
      out[3] = hyy;
    },
  },
  domain: [
    [-3.5, 3.5],
    [-3.5, 3.5],
  ],
  start: [2.8, -2.4],
  minima: (_values, c) => c.minima,
};
