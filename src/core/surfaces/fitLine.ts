import { lineData } from '../lineData';
import type { SurfaceDefinition } from '../surface';

/** Sums over the dataset that the loss, its gradient and its Hessian are made of. */
interface Sums {
  n: number;
  sx: number;
  sxx: number;
  sy: number;
  sxy: number;
  syy: number;
  /** The least-squares (w, b). */
  best: [number, number];
}

function sums(): Sums {
  let [sx, sxx, sy, sxy, syy] = [0, 0, 0, 0, 0];
  for (const { x, y } of lineData) {
    sx += x;
    sxx += x * x;
    sy += y;
    sxy += x * y;
    syy += y * y;
  }
  const n = lineData.length;
  const det = n * sxx - sx * sx;
  return { n, sx, sxx, sy, sxy, syy, best: [(n * sxy - sx * sy) / det, (sxx * sy - sx * sxy) / det] };
}

/**
 * The valley of a real model: a line y = w·x + b fitted to a dozen points (`lineData`), with
 * loss the mean squared error L(w, b) = (1/n)·Σ(w·xᵢ + b − yᵢ)². The coordinates are the model's
 * two parameters, w and b. L is a quadratic in (w, b), so its Hessian
 * (2/n)·[[Σx², Σx], [Σx, n]] is the same everywhere and its one minimum is the least-squares line.
 */
export const fitLine: SurfaceDefinition<Sums> = {
  id: 'fit-line',
  label: 'Fit a line to data',
  description: 'A real model: the line y = w·x + b through a dozen points; the loss is the mean squared error of its guesses.',
  dim: 2,
  names: ['w', 'b'],
  quadratic: true,
  prepare: sums,
  kernel: {
    valueAndGrad(w, b, s, out, o) {
      // Σ(w·x + b − y)² expanded into the sums, so one evaluation costs the same for any n.
      const k = 2 / s.n;
      out[o] = k * (w * s.sxx + b * s.sx - s.sxy);
      out[o + 1] = k * (w * s.sx + b * s.n - s.sy);
      return (w * w * s.sxx + 2 * w * b * s.sx + s.n * b * b - 2 * w * s.sxy - 2 * b * s.sy + s.syy) / s.n;
    },
    hessian(_w, _b, s, out) {
      const k = 2 / s.n;
      out[0] = k * s.sxx;
      out[1] = k * s.sx;
      out[2] = k * s.sx;
      out[3] = k * s.n;
    },
  },
  examples: {
    count: lineData.length,
    valueAndGrad(i, w, b, _s, out, o) {
      const { x, y } = lineData[i] as { x: number; y: number };
      const error = w * x + b - y;
      out[o] = 2 * error * x;
      out[o + 1] = 2 * error;
      return error * error;
    },
  },
  domain: (_values, s) => [
    [s.best[0] - 3.5, s.best[0] + 3.5],
    [s.best[1] - 3.5, s.best[1] + 3.5],
  ],
  start: (_values, s) => [s.best[0] - 2.5, s.best[1] + 2.5],
  minima: (_values, s) => [s.best],
};
