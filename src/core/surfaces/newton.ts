import type { Dim, Point, SurfaceKernel } from '../surface';

/**
 * Polishes a guess into a stationary point by Newton's method, p <- p - H⁻¹∇f, so minima without
 * a closed form are still known to machine precision. Returns the guess unchanged if the Hessian
 * is singular on the way (callers pass guesses inside a minimum's basin).
 */
export function refineStationaryPoint<C>(kernel: SurfaceKernel<C>, c: C, dim: Dim, guess: Point): number[] {
  const hessianOf = kernel.hessian;
  if (!hessianOf) return [...guess];
  const g = new Float64Array(2);
  const h = new Float64Array(4);
  let x = guess[0] ?? 0;
  let y = dim === 2 ? (guess[1] ?? 0) : 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    kernel.valueAndGrad(x, y, c, g, 0);
    hessianOf(x, y, c, h);
    let dx: number;
    let dy = 0;
    if (dim === 1) {
      dx = (g[0] as number) / (h[0] as number);
    } else {
      const [a, b, , d] = h as unknown as [number, number, number, number];
      const det = a * d - b * b;
      dx = (d * (g[0] as number) - b * (g[1] as number)) / det;
      dy = (a * (g[1] as number) - b * (g[0] as number)) / det;
    }
    if (!Number.isFinite(dx) || !Number.isFinite(dy)) return [...guess];
    x -= dx;
    y -= dy;
    if (Math.abs(dx) + Math.abs(dy) <= 1e-15 * (1 + Math.abs(x) + Math.abs(y))) break;
  }
  return dim === 1 ? [x] : [x, y];
}
