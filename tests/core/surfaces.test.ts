import { describe, expect, test } from 'vitest';
import {
  InvalidInputError,
  LINE_DATA_SEED,
  createRng,
  createSurface,
  leastSquares,
  lineData,
  lineDataset,
  predictLine,
  simulate,
  surfaceIds,
  surfaces,
  type Point,
  type Surface,
} from '../../src/core';
import { samplePoints } from './helpers';

/** Fourth-order central difference of `fn` along coordinate `axis`. */
function centralDifference(fn: (p: Point) => number, p: Point, axis: number): number {
  const h = 1e-3 * Math.max(1, Math.abs(p[axis] as number));
  const at = (offset: number): number => fn(p.map((v, i) => (i === axis ? v + offset : v)));
  return (-at(2 * h) + 8 * at(h) - 8 * at(-h) + at(-2 * h)) / (12 * h);
}

/** Each surface at its defaults, and at the ends and a random point of every parameter's range. */
function variants(surface: Surface): Surface[] {
  const rng = createRng(5);
  const settings = surface.params.flatMap((spec) =>
    [spec.min, spec.max, spec.min + (spec.max - spec.min) * rng.uniform()].map((value) => ({ [spec.name]: value })),
  );
  return [surface, ...settings.map((values) => surface.withParams(values))];
}

const cases = Object.values(surfaces).flatMap((surface) =>
  variants(surface).map((variant) => [`${surface.id} ${JSON.stringify(variant.values)}`, variant] as const),
);

describe.each(cases)('%s', (_name, surface) => {
  const points = samplePoints(surface, 25);

  test('grad matches central differences of f at seeded points', () => {
    for (const p of points) {
      const g = surface.grad(p);
      const f = surface.f(p);
      for (let axis = 0; axis < surface.dim; axis++) {
        const numeric = centralDifference((q) => surface.f(q), p, axis);
        expect(Math.abs((g[axis] as number) - numeric)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(numeric)) + 1e-10 * Math.abs(f));
      }
    }
  });

  test('hessian matches central differences of grad and is symmetric', () => {
    const hessian = surface.hessian;
    expect(hessian).toBeDefined();
    for (const p of points) {
      const h = hessian!(p);
      for (let row = 0; row < surface.dim; row++) {
        for (let col = 0; col < surface.dim; col++) {
          const numeric = centralDifference((q) => surface.grad(q)[row] as number, p, col);
          const value = h[row]?.[col] as number;
          expect(Math.abs(value - numeric)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(numeric)));
          expect(value).toBe(h[col]?.[row]);
        }
      }
    }
  });

  test('valueAndGrad agrees with f and grad', () => {
    const out = new Float64Array(2);
    for (const p of points) {
      expect(surface.valueAndGrad(p[0] as number, p[1] ?? 0, out, 0)).toBe(surface.f(p));
      expect(Array.from(out.subarray(0, surface.dim))).toEqual(surface.grad(p));
    }
  });

  test('minima are stationary points with a positive semi-definite hessian, and the global one has loss 0 (or the data’s noise)', () => {
    expect(surface.minima.length).toBeGreaterThan(0);
    for (const m of surface.minima) {
      expect(m).toHaveLength(surface.dim);
      for (const g of surface.grad(m)) expect(Math.abs(g)).toBeLessThan(1e-9);
      const h = surface.hessian!(m);
      const trace = h.reduce((sum, row, i) => sum + (row[i] as number), 0);
      const det = surface.dim === 1 ? trace : (h[0]![0] as number) * (h[1]![1] as number) - (h[0]![1] as number) ** 2;
      expect(trace).toBeGreaterThan(0);
      expect(det).toBeGreaterThanOrEqual(-1e-9);
    }
    if (surface.id !== 'fit-line') expect(Math.abs(surface.minLoss as number)).toBeLessThan(1e-12);
    expect(surface.f(surface.minima[0]!)).toBeCloseTo(surface.minLoss as number, 12);
  });

  test('start and minima lie inside the domain, where the loss is finite', () => {
    expect(surface.domain).toHaveLength(surface.dim);
    const inside = (p: Point): boolean => surface.domain.every(([lo, hi], i) => lo < hi && (p[i] as number) >= lo && (p[i] as number) <= hi);
    expect(inside(surface.start)).toBe(true);
    for (const m of surface.minima) expect(inside(m)).toBe(true);
    expect(Number.isFinite(surface.f(surface.start))).toBe(true);
  });
});

describe('the registry', () => {
  test('surfaces holds the valleys the lesson needs, 1-D first', () => {
    expect(surfaceIds).toEqual(['parabola', 'double-well', 'plateau', 'asymmetric', 'quadratic', 'rosenbrock', 'himmelblau', 'beale', 'saddle', 'hollows', 'fit-line']);
    for (const id of surfaceIds) expect(surfaces[id]?.id).toBe(id);
    expect(surfaceIds.filter((id) => surfaces[id]?.dim === 1)).toHaveLength(4);
  });

  test('createSurface rejects unknown and prototype-chain ids', () => {
    for (const id of ['nope', '__proto__', 'constructor', 'toString', 42, undefined]) {
      expect(() => createSurface(id)).toThrowError(InvalidInputError);
      expect(() => createSurface(id)).toThrowError(/invalid surface/);
    }
  });

  test('withParams rejects a value out of range, naming the parameter', () => {
    expect(() => surfaces.parabola!.withParams({ a: 0 })).toThrowError('invalid surfaceParams.a: 0 (must be a number at least 0.05 and at most 20)');
    expect(() => surfaces.parabola!.withParams({ a: Number.NaN })).toThrowError(/surfaceParams\.a/);
    expect(() => surfaces.quadratic!.withParams({ angle: '30' })).toThrowError(/invalid surfaceParams\.angle: "30"/);
  });

  test('f rejects a point of the wrong dimension', () => {
    expect(() => surfaces.rosenbrock!.f([1])).toThrowError(/invalid point: \[1\]/);
    expect(() => surfaces.parabola!.grad([1, 2])).toThrowError(InvalidInputError);
  });
});

describe('closed forms', () => {
  test('parabola: f = a·x²/2, grad = a·x, hessian = a', () => {
    const p = surfaces.parabola!.withParams({ a: 3 });
    expect(p.f([2])).toBe(6);
    expect(p.grad([2])).toEqual([6]);
    expect(p.hessian!([2])).toEqual([[3]]);
  });

  test('quadratic: the hessian has eigenvalues a and b along axes turned by angle', () => {
    const q = surfaces.quadratic!.withParams({ a: 2, b: 8, angle: 30 });
    const axis = [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)];
    const h = q.hessian!([0, 0]);
    const hAxis = [h[0]![0]! * axis[0]! + h[0]![1]! * axis[1]!, h[1]![0]! * axis[0]! + h[1]![1]! * axis[1]!];
    expect(hAxis[0]).toBeCloseTo(2 * axis[0]!, 12);
    expect(hAxis[1]).toBeCloseTo(2 * axis[1]!, 12);
    expect(h[0]![0]! + h[1]![1]!).toBeCloseTo(10, 12);
  });

  test('rosenbrock: hessian at (1, 1) is [[802, −400], [−400, 200]]', () => {
    expect(surfaces.rosenbrock!.hessian!([1, 1])).toEqual([
      [802, -400],
      [-400, 200],
    ]);
    expect(surfaces.rosenbrock!.f([-1.2, 1])).toBeCloseTo(24.2, 12);
  });

  test('himmelblau: four minima of loss 0, one at (3, 2)', () => {
    const h = surfaces.himmelblau!;
    expect(h.minima).toHaveLength(4);
    expect(h.minima[0]).toEqual([3, 2]);
    for (const m of h.minima) expect(h.f(m)).toBeLessThan(1e-24);
  });

  test('beale: minimum 0 at (3, 0.5)', () => {
    expect(surfaces.beale!.f([3, 0.5])).toBe(0);
  });

  test('double-well: the left bottom is the deeper one, and tilt 0 makes them equal', () => {
    const w = surfaces['double-well']!;
    const [deep, shallow] = w.minima as [Point, Point];
    expect(deep[0]).toBeLessThan(0);
    expect(shallow[0]).toBeGreaterThan(0);
    expect(w.f(shallow)).toBeGreaterThan(w.f(deep) + 0.5);
    const level = w.withParams({ tilt: 0 });
    expect(level.f(level.minima[1]!)).toBeCloseTo(0, 12);
  });

  test('saddle: the origin is a saddle point, between minima at (0, ±1)', () => {
    const s = surfaces.saddle!;
    expect(s.grad([0, 0])).toEqual([0, -0]);
    expect(s.hessian!([0, 0])).toEqual([
      [1, 0],
      [0, -1],
    ]);
  });

  test('hollows: four distinct minima, deepest first', () => {
    const h = surfaces.hollows!;
    const losses = h.minima.map((m) => h.f(m));
    expect(losses).toEqual([...losses].sort((a, b) => a - b));
    expect(new Set(h.minima.map((m) => m.map((v) => v.toFixed(3)).join())).size).toBe(4);
  });
});

describe('fit-line: a line fitted to data', () => {
  const surface = surfaces['fit-line']!;
  const mse = (w: number, b: number): number => lineData.reduce((sum, { x, y }) => sum + (predictLine(w, b, x) - y) ** 2, 0) / lineData.length;

  test('the data: a dozen points from a seed, the same each time, different for another seed', () => {
    expect(lineData).toHaveLength(12);
    expect(lineDataset(LINE_DATA_SEED)).toEqual(lineData);
    expect(lineDataset(LINE_DATA_SEED + 1)).not.toEqual(lineData);
    for (const { x, y } of lineData) {
      expect(Math.abs(x)).toBeLessThanOrEqual(3);
      expect(Number.isFinite(y)).toBe(true);
    }
  });

  test('the loss is the mean squared error of the line’s guesses, and the gradient its exact derivative', () => {
    for (const [w, b] of [[0, 0], [1.5, 0.5], [-2, 3], [4, -1.25]] as [number, number][]) {
      expect(surface.f([w, b])).toBeCloseTo(mse(w, b), 10);
      const dw = (2 / lineData.length) * lineData.reduce((sum, { x, y }) => sum + (predictLine(w, b, x) - y) * x, 0);
      const db = (2 / lineData.length) * lineData.reduce((sum, { x, y }) => sum + (predictLine(w, b, x) - y), 0);
      const [gw, gb] = surface.grad([w, b]) as [number, number];
      expect(gw).toBeCloseTo(dw, 10);
      expect(gb).toBeCloseTo(db, 10);
    }
  });

  test('its minimum is the least-squares line, and the loss there is the data’s leftover noise', () => {
    const [w, b] = leastSquares(lineData);
    const [mw, mb] = surface.minima[0] as [number, number];
    expect(mw).toBeCloseTo(w, 10);
    expect(mb).toBeCloseTo(b, 10);
    expect(w).toBeGreaterThan(1);
    expect(w).toBeLessThan(2);
    expect(surface.minLoss).toBeCloseTo(mse(w, b), 10);
    expect(surface.minLoss).toBeGreaterThan(0.05);
    for (const [dw, db] of [[0.01, 0], [0, 0.01], [-0.01, 0.01]] as [number, number][]) expect(mse(w + dw, b + db)).toBeGreaterThan(mse(w, b));
  });

  test('gradient descent with a good rate finds that line', () => {
    const run = simulate({ surface: 'fit-line', lr: 0.1, steps: 2000 });
    expect(run.status).toBe('converged');
    const [w, b] = run.path.at(-1) as [number, number];
    const [bw, bb] = leastSquares(lineData);
    expect(Math.abs(w - bw)).toBeLessThan(0.05);
    expect(Math.abs(b - bb)).toBeLessThan(0.05);
  });
});
