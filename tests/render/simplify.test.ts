import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ScreenPoint } from '../../src/render/hop';
import { simplifiedIndices } from '../../src/render/simplify';

/** Distance from p to the segment a–b. */
function distance(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

const point = fc.tuple(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }));

describe('simplifiedIndices', () => {
  test('keeps short routes whole', () => {
    expect(simplifiedIndices([], 0.25)).toEqual([]);
    expect(simplifiedIndices([[1, 2]], 0.25)).toEqual([0]);
    expect(simplifiedIndices([[1, 2], [3, 4]], 0.25)).toEqual([0, 1]);
  });

  test('a straight route of many steps keeps only its ends', () => {
    const line = Array.from({ length: 1000 }, (_, k): ScreenPoint => [k * 0.3, 2 + k * 0.1]);
    expect(simplifiedIndices(line, 0.25)).toEqual([0, 999]);
  });

  test('every corner of a zig-zag stays', () => {
    const zigzag = Array.from({ length: 40 }, (_, k): ScreenPoint => [k * 10, k % 2 === 0 ? 0 : 30]);
    expect(simplifiedIndices(zigzag, 0.25)).toEqual(zigzag.map((_, k) => k));
  });

  test('a route that comes back to its start keeps its far end', () => {
    const there = Array.from({ length: 50 }, (_, k): ScreenPoint => [k, 0]);
    const route = [...there, ...there.slice(0, -1).reverse()];
    const kept = simplifiedIndices(route, 0.25);
    expect(kept).toContain(49);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(route.length - 1);
  });

  test('properties: ascending, both ends kept, every dropped point within tolerance of its span', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 200 }), fc.double({ min: 0.05, max: 5, noNaN: true }), (points, tolerance) => {
        const kept = simplifiedIndices(points, tolerance);
        expect(kept[0]).toBe(0);
        expect(kept.at(-1)).toBe(points.length - 1);
        for (let j = 1; j < kept.length; j++) {
          const [from, to] = [kept[j - 1] as number, kept[j] as number];
          expect(to).toBeGreaterThan(from);
          for (let k = from + 1; k < to; k++) {
            expect(distance(points[k] as ScreenPoint, points[from] as ScreenPoint, points[to] as ScreenPoint)).toBeLessThanOrEqual(tolerance + 1e-9);
          }
        }
      }),
    );
  });
});
