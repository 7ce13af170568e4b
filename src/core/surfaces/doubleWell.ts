import type { SurfaceDefinition } from '../surface';
import { refineStationaryPoint } from './newton';

interface DoubleWell {
  tilt: number;
  /** Shift that puts the deeper bottom at loss 0. */
  offset: number;
  deep: number;
  shallow: number;
}

const raw = (x: number, tilt: number): number => (x * x - 1) ** 2 + tilt * x;

/**
 * f(x) = (x² − 1)² + t·x − f_min: two bottoms, the left one deeper by about 2t. A hiker starting on
 * the right settles in the shallow one unless a large step carries it over the ridge.
 */
export const doubleWell: SurfaceDefinition<DoubleWell, 'tilt'> = {
  id: 'double-well',
  label: 'Two valleys',
  description: 'Two bottoms of different depth. Small steps settle in the nearer one; bigger steps may hop the ridge.',
  dim: 1,
  params: [{ name: 'tilt', label: 'tilt', default: 0.5, min: 0, max: 1, scale: 'linear' }],
  prepare: ({ tilt }) => {
    const kernel = doubleWell.kernel;
    const seed = { tilt, offset: 0, deep: 0, shallow: 0 };
    const [deep] = refineStationaryPoint(kernel, seed, 1, [-1.1]) as [number];
    const [shallow] = refineStationaryPoint(kernel, seed, 1, [1.1]) as [number];
    return { tilt, offset: raw(deep, tilt), deep, shallow };
  },
  kernel: {
    valueAndGrad(x, _y, c, out, o) {
      const u = x * x - 1;
      out[o] = 4 * x * u + c.tilt;
      return u * u + c.tilt * x - c.offset;
    },
    hessian(x, _y, _c, out) {
      out[0] = 12 * x * x - 4;
    },
  },
  domain: [[-2, 2]],
  start: [1.8],
  minima: (_values, c) => [[c.deep], [c.shallow]],
};
