import { describe, expect, test } from 'vitest';
import {
  contractionFactor,
  criticalLr,
  noOvershootLr,
  optimalLr,
  simulate,
  stabilityAt,
  surfaces,
  symmetricEigen,
} from '../../src/core';

describe('symmetricEigen', () => {
  test('of a diagonal matrix: its diagonal, ascending, with axis vectors', () => {
    const { values, vectors } = symmetricEigen([
      [5, 0],
      [0, 2],
    ]);
    expect(values).toEqual([2, 5]);
    expect(vectors[1]!.map(Math.abs)).toEqual([1, 0]);
  });

  test('of rosenbrock at (1, 1): 501 ± √(301² + 400²)', () => {
    const { values, vectors } = symmetricEigen(surfaces.rosenbrock!.hessian!([1, 1]));
    const radius = Math.hypot(301, 400);
    expect(values[0]).toBeCloseTo(501 - radius, 10);
    expect(values[1]).toBeCloseTo(501 + radius, 10);
    const h = surfaces.rosenbrock!.hessian!([1, 1]);
    for (const [k, v] of vectors.entries()) {
      const hv = [h[0]![0]! * v[0]! + h[0]![1]! * v[1]!, h[1]![0]! * v[0]! + h[1]![1]! * v[1]!];
      expect(hv[0]).toBeCloseTo(values[k]! * v[0]!, 9);
      expect(hv[1]).toBeCloseTo(values[k]! * v[1]!, 9);
    }
  });

  test('of a 1×1 matrix', () => {
    expect(symmetricEigen([[3]])).toEqual({ values: [3], vectors: [[1]] });
  });
});

describe('landmark rates', () => {
  test('gradient descent: critical 2/λmax, no overshoot below 1/λmax', () => {
    expect(criticalLr(4, 'sgd')).toBe(0.5);
    expect(noOvershootLr(4)).toBe(0.25);
  });

  test('momentum μ: 2(1+μ)/λmax; Nesterov: 2(1+μ)/((1+2μ)λmax)', () => {
    expect(criticalLr(4, 'momentum', 0.9)).toBeCloseTo(0.95, 15);
    expect(criticalLr(4, 'nesterov', 0.9)).toBeCloseTo((2 * 1.9) / (2.8 * 4), 15);
    expect(criticalLr(4, 'sgd', 0.9)).toBe(0.5);
  });

  test('undefined without positive curvature, and for adaptive optimizers', () => {
    expect(criticalLr(0, 'sgd')).toBeUndefined();
    expect(criticalLr(-1, 'sgd')).toBeUndefined();
    for (const id of ['adam', 'rmsprop', 'adagrad']) expect(criticalLr(4, id)).toBeUndefined();
    expect(noOvershootLr(0)).toBeUndefined();
  });

  test('optimal rate 2/(λmin + λmax) equalises the contraction of both axes', () => {
    const lr = optimalLr(1, 9)!;
    expect(lr).toBe(0.2);
    expect(contractionFactor(1, lr, 'sgd')).toBeCloseTo(0.8, 15);
    expect(contractionFactor(9, lr, 'sgd')).toBeCloseTo(0.8, 15);
    expect(optimalLr(-1, 9)).toBeUndefined();
  });

  test('contraction of gradient descent is |1 − η·λ|', () => {
    for (const [lambda, lr] of [
      [1, 0.5],
      [1, 1.5],
      [4, 0.6],
      [-1, 0.1],
    ] as const) {
      expect(contractionFactor(lambda, lr, 'sgd')).toBeCloseTo(Math.abs(1 - lr * lambda), 15);
    }
    expect(contractionFactor(1, 0.1, 'adam')).toBeUndefined();
  });
});

describe('the critical rate is the true edge on a quadratic', () => {
  const edgeCases: [string, number][] = [
    ['sgd', 0],
    ['momentum', 0.5],
    ['momentum', 0.9],
    ['nesterov', 0.5],
    ['nesterov', 0.9],
  ];
  test.each(edgeCases)('%s (μ = %s): 2% below converges, 2% above diverges', (optimizer, momentum) => {
    const surfaceParams = { a: 1, b: 10, angle: 25 };
    const lambdaMax = 10;
    const edge = criticalLr(lambdaMax, optimizer, momentum)!;
    const run = (lr: number) => simulate({ surface: 'quadratic', surfaceParams, optimizer, momentum, lr, steps: 20000 });
    expect(run(edge * 0.98).status).toBe('converged');
    expect(run(edge * 1.02).status).toBe('diverged');
  });

  test.each(edgeCases)('%s (μ = %s): the measured rate of shrinking matches contractionFactor', (optimizer, momentum) => {
    const lr = 0.05;
    const lambda = 4;
    const factor = contractionFactor(lambda, lr, optimizer, momentum)!;
    const run = simulate({ surface: 'parabola', surfaceParams: { a: lambda }, optimizer, momentum, lr, start: [3], steps: 400, stop: false });
    const xs = run.path.map((p) => Math.abs(p[0]!));
    // With complex roots |x| oscillates under an envelope that shrinks by the spectral radius per
    // step; the maximum over a window longer than one turn traces that envelope.
    const envelope = (k: number): number => Math.max(...xs.slice(k - 40, k));
    const measured = (envelope(340) / envelope(140)) ** (1 / 200);
    expect(measured).toBeCloseTo(factor, 2);
  });
});

describe('stabilityAt', () => {
  test('on the parabola: the landmarks of a = 2', () => {
    const s = stabilityAt(surfaces.parabola!.withParams({ a: 2 }), [1], 'sgd')!;
    expect(s).toMatchObject({ eigenvalues: [2], criticalLr: 1, noOvershootLr: 0.5, optimalLr: 1 / 2 });
  });

  test('on rosenbrock at its minimum', () => {
    const s = stabilityAt(surfaces.rosenbrock!, [1, 1], 'momentum', 0.9)!;
    const lambdaMax = 501 + Math.hypot(301, 400);
    expect(s.criticalLr).toBeCloseTo((2 * 1.9) / lambdaMax, 12);
    expect(s.optimalLr).toBeCloseTo(2 / 1002, 12);
  });

  test('at the saddle point: no optimal rate, since one curvature is negative', () => {
    const s = stabilityAt(surfaces.saddle!, [0, 0], 'sgd')!;
    expect(s.eigenvalues).toEqual([-1, 1]);
    expect(s.criticalLr).toBe(2);
    expect(s.optimalLr).toBeUndefined();
  });

  test('on the lopsided valley the critical rate moves with the hiker', () => {
    const asym = surfaces.asymmetric!;
    expect(stabilityAt(asym, [2], 'sgd')!.criticalLr).toBeCloseTo(2 / Math.exp(2), 12);
    expect(stabilityAt(asym, [-2], 'sgd')!.criticalLr).toBeCloseTo(2 / Math.exp(-2), 12);
  });
});
