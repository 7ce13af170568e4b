import { createRng, type Surface } from '../../src/core';

/** `count` seeded points spread over the surface's domain (shrunk a little from its edges). */
export function samplePoints(surface: Surface, count: number, seed = 11): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () =>
    surface.domain.map(([lo, hi]) => lo + (hi - lo) * (0.05 + 0.9 * rng.uniform())),
  );
}

/** Largest relative difference between two equally shaped arrays of numbers. */
export function maxRelativeError(a: readonly number[], b: readonly number[], floor = 1e-12): number {
  let worst = 0;
  a.forEach((value, i) => {
    const other = b[i] as number;
    worst = Math.max(worst, Math.abs(value - other) / Math.max(floor, Math.abs(value), Math.abs(other)));
  });
  return worst;
}
