import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bottomFrom, simulate, surfaces, symmetricEigen, type Point, type Surface } from '../../src/core';
import { surfaceFromFormula } from '../../src/core/formula';
import { samplePoints } from './helpers';

const diagonal = (s: Surface): number => Math.hypot(...s.domain.map(([lo, hi]) => hi - lo));
const distance = (a: Point, b: Point): number => Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)));
const isKnown = (s: Surface, p: Point): boolean => s.minima.some((m) => m === p);

/** Where plain gradient descent at a rate far below any critical one settles from `start`: the basin's bottom, the slow way. */
function slowBottom(surface: Surface, start: Point): Point | undefined {
  const run = simulate({ surface, lr: 1e-3, start, steps: 60_000, stop: { gradNormBelow: 1e-7 } });
  return run.status === 'converged' ? run.path[run.stoppedAt] : undefined;
}

/** The registered valleys and typed ones with a second well, a bowl, a saddle's minima and no bottom at all. */
const typed = ['x^4 - 4*x^2 + x', 'sin(2*x)*cos(2*y) + (x^2 + y^2)/4', '(1 - x)^2 + 100*(y - x^2)^2', 'log(1 + x^2 + 10*y^2)'].map(surfaceFromFormula);
const valleys: Surface[] = [...Object.values(surfaces), ...typed];

describe('bottomFrom: the bottom the valley leads to from a start', () => {
  test.each(valleys.map((s) => [`${s.id} ${s.id === 'formula' ? s.description : ''}`, s] as const))('%s, from its own start and 12 seeded points: where slow gradient descent settles', (_name, surface) => {
    for (const start of [surface.start, ...samplePoints(surface, 12, 7)]) {
      if (!Number.isFinite(surface.f(start))) continue;
      const bottom = bottomFrom(surface, start);
      const slow = slowBottom(surface, start);
      expect(bottom, `from ${start.join(', ')}`).toBeDefined();
      if (slow) expect(distance(bottom!, slow), `from ${start.join(', ')}`).toBeLessThan(0.05 * diagonal(surface));
      // A bottom: the valley curves up in every direction there.
      if (surface.hessian) expect(symmetricEigen(surface.hessian(bottom!)).values[0]).toBeGreaterThan(0);
    }
  });

  test('gives the listed minimum itself when the descent reaches it', () => {
    for (const id of ['parabola', 'quadratic', 'asymmetric', 'plateau', 'rosenbrock', 'beale', 'fit-line']) {
      const s = surfaces[id]!;
      expect(isKnown(s, bottomFrom(s, s.start)!), id).toBe(true);
    }
    expect(bottomFrom(surfaces.parabola!, [3])).toEqual([0]);
  });

  test('picks the basin of the start: the double well’s right minimum from the right, its left one from the left', () => {
    const well = surfaces['double-well']!;
    const [left, right] = [...well.minima].sort((a, b) => a[0]! - b[0]!);
    expect(bottomFrom(well, [1.8])).toBe(right);
    expect(bottomFrom(well, [-1.8])).toBe(left);
    // Himmelblau's four hollows, each from a start inside it.
    const himmelblau = surfaces.himmelblau!;
    for (const m of himmelblau.minima) expect(bottomFrom(himmelblau, [m[0]! + 0.3, m[1]! - 0.2])).toBe(m);
  });

  test('finds a typed valley’s second well, which the valley does not list', () => {
    const wells = surfaceFromFormula('x^4 - 4*x^2 + x');
    expect(wells.minima).toHaveLength(1);
    const bottom = bottomFrom(wells, [2.5])!;
    expect(isKnown(wells, bottom)).toBe(false);
    // 4x³ − 8x + 1 = 0 near x = 1.35.
    expect(4 * bottom[0]! ** 3 - 8 * bottom[0]! + 1).toBeCloseTo(0, 3);
  });

  test('slides off a saddle’s top into one of its minima', () => {
    const saddle = surfaces.saddle!;
    expect(bottomFrom(saddle, [2.2, 0.01])).toEqual([0, 1]);
    expect(bottomFrom(saddle, [2.2, -0.01])).toEqual([0, -1]);
  });

  test('undefined where there is no bottom: a valley that falls away forever, a start where the loss is undefined', () => {
    expect(bottomFrom(surfaceFromFormula('x^3'), [1])).toBeUndefined();
    expect(bottomFrom(surfaceFromFormula('log(x) + x^2'), [-1])).toBeUndefined();
  });

  test('any start in the box: a bottom no higher than the start, found in a bounded time', () => {
    for (const surface of valleys) {
      fc.assert(
        fc.property(fc.tuple(fc.double({ min: 0.02, max: 0.98, noNaN: true }), fc.double({ min: 0.02, max: 0.98, noNaN: true })), ([u, v]) => {
          const start = surface.domain.map(([lo, hi], d) => lo + (hi - lo) * (d === 0 ? u : v));
          if (!Number.isFinite(surface.f(start))) return;
          const t0 = performance.now();
          const bottom = bottomFrom(surface, start);
          expect(performance.now() - t0).toBeLessThan(200);
          expect(bottom).toBeDefined();
          expect(bottom!.every(Number.isFinite)).toBe(true);
          expect(surface.f(bottom!)).toBeLessThanOrEqual(surface.f(start) + 1e-9);
        }),
        { numRuns: 25, seed: 17 },
      );
    }
  });
});
