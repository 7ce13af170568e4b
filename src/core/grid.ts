import type { Interval, Surface } from './surface';

/** Losses of a 2-D valley sampled on a regular grid, row by row from the bottom (low y) up. */
export interface Grid {
  readonly nx: number;
  readonly ny: number;
  readonly box: readonly [Interval, Interval];
  /** `values[j * nx + i]` = f(x_i, y_j), with x_i and y_j spread evenly over the box, ends included. */
  readonly values: Float64Array;
  /** The extremes of the finite values. */
  readonly min: number;
  readonly max: number;
}

/** Samples f on an `nx` × `ny` grid over `box` (by default the valley's domain). */
export function sampleGrid(surface: Surface, nx: number, ny: number, box: readonly [Interval, Interval] = surface.domain as [Interval, Interval]): Grid {
  if (surface.dim !== 2) throw new Error(`sampleGrid needs a 2-D valley, not ${surface.id}`);
  const values = new Float64Array(nx * ny);
  const scratch = new Float64Array(2);
  const [[x0, x1], [y0, y1]] = box;
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < ny; j++) {
    const y = y0 + ((y1 - y0) * j) / (ny - 1);
    for (let i = 0; i < nx; i++) {
      const value = surface.valueAndGrad(x0 + ((x1 - x0) * i) / (nx - 1), y, scratch, 0);
      values[j * nx + i] = value;
      if (Number.isFinite(value)) {
        if (value < min) min = value;
        if (value > max) max = value;
      }
    }
  }
  return { nx, ny, box, values, min, max };
}
