import { describe, expect, test } from 'vitest';
import { surfaces } from '../../src/core';
import { axisName, describeFactor, gauge } from '../../src/state/landmarks';

describe('gauge', () => {
  test('on a bowl with curvatures 1 and 4: critical 0.5, optimal 0.4, no overshoot below 0.25', () => {
    const g = gauge(surfaces.quadratic!, [1, 1], 'sgd', 0, 0.45);
    expect(g.landmarks.map((l) => [l.kind, l.value])).toEqual([
      ['critical', 0.5],
      ['optimal', 0.4],
      ['no-overshoot', 0.25],
    ]);
    expect(g.criticalLr).toBe(0.5);
    expect(g.axes).toEqual(['along x: ×0.55 per step, shrinking', 'along y: ×0.80 per step, shrinking while overshooting']);
  });

  test('past the critical rate the steep axis diverges, in words', () => {
    expect(gauge(surfaces.quadratic!, [1, 1], 'sgd', 0, 0.6).axes[1]).toBe('along y: ×1.40 per step, diverging');
  });

  test('momentum moves the cliff to 2(1+μ)/λmax', () => {
    expect(gauge(surfaces.parabola!, [3], 'momentum', 0.9, 0.1).criticalLr).toBeCloseTo(3.8, 12);
  });

  test('adaptive optimizers have no critical rate, and say why', () => {
    const g = gauge(surfaces.parabola!, [3], 'adam', 0, 0.1);
    expect(g.criticalLr).toBeUndefined();
    expect(g.note).toMatch(/^Adam rescales every step/);
    expect(g.axes).toEqual([]);
  });

  test('where no curvature is positive, no mark: it says the hiker slides away', () => {
    const g = gauge(surfaces.saddle!.withParams({}), [0, 0.1], 'sgd', 0, 0.1);
    expect(g.landmarks.some((l) => l.kind === 'critical')).toBe(true);
    const top = gauge(surfaces.hollows!, [0, 0], 'sgd', 0, 0.1);
    expect(top.axes.length).toBe(2);
    const dome = gauge(surfaces.plateau!, [1.5], 'sgd', 0, 0.1);
    expect(dome.criticalLr).toBeUndefined();
    expect(dome.note).toMatch(/curves down in every direction/);
    expect(dome.axes[0]).toMatch(/the valley curves down here, so the hiker slides away$/);
  });

  test('Rosenbrock at its minimum: critical 2/λmax with λmax = 501 + √(301² + 400²)', () => {
    expect(gauge(surfaces.rosenbrock!, [1, 1], 'sgd', 0, 1e-3).criticalLr).toBeCloseTo(2 / (501 + Math.hypot(301, 400)), 12);
  });

  test('the optimal rate is shown on quadratics only (elsewhere it changes every step)', () => {
    expect(gauge(surfaces.rosenbrock!, [1, 1], 'sgd', 0, 1e-3).landmarks.map((l) => l.kind)).toEqual(['critical', 'no-overshoot']);
  });
});

describe('words', () => {
  test('axisName names x and y, or gives the angle', () => {
    expect(axisName([1, 0], 2)).toBe('x');
    expect(axisName([0.05, -0.9987], 2)).toBe('y');
    expect(axisName([Math.cos(0.5), Math.sin(0.5)], 2)).toBe('the 29° axis');
    expect(axisName([1], 1)).toBe('x');
    expect(axisName([0, 1], 2, ['w', 'b'])).toBe('b');
  });

  test('describeFactor', () => {
    expect(describeFactor(1, 2, 1)).toBe('×1.00 per step: neither closer nor farther, the edge');
    expect(describeFactor(1.3, 2, 1.15)).toBe('×1.30 per step, diverging');
    expect(describeFactor(0.5, 1, 0.5)).toBe('×0.50 per step, shrinking');
    expect(describeFactor(1.05, -0.5, 0.1)).toBe('×1.05 per step: the valley curves down here, so the hiker slides away');
    expect(describeFactor(1234, 1, 1235)).toBe('×1230 per step, diverging');
  });
});
