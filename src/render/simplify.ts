import type { ScreenPoint } from './hop';

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  const ex = p[0] - a[0] - t * dx;
  const ey = p[1] - a[1] - t * dy;
  return ex * ex + ey * ey;
}

/**
 * The indices of the points a polyline needs to stay within `tolerance` (pixels) of itself
 * (Douglas–Peucker, without recursion), always the first and the last. A smooth route of thousands
 * of small steps keeps a few dozen points; every corner of a zig-zag stays.
 *
 * Indices rather than points, so that a prefix of the route (the part walked so far) can be drawn
 * from the same simplification.
 */
export function simplifiedIndices(points: readonly ScreenPoint[], tolerance: number): number[] {
  const n = points.length;
  if (n <= 2) return points.map((_, k) => k);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tolerance2 = tolerance * tolerance;
  const spans: [number, number][] = [[0, n - 1]];
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [from, to] = span;
    const [a, b] = [points[from] as ScreenPoint, points[to] as ScreenPoint];
    let farthest = -1;
    let worst = tolerance2;
    for (let k = from + 1; k < to; k++) {
      const d2 = segmentDistance2(points[k] as ScreenPoint, a, b);
      if (d2 > worst) [worst, farthest] = [d2, k];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    spans.push([from, farthest], [farthest, to]);
  }
  const kept: number[] = [];
  keep.forEach((flag, k) => {
    if (flag) kept.push(k);
  });
  return kept;
}
