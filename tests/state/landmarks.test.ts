import { describe, expect, test } from 'vitest';
import { surfaces } from '../../src/core';
import { surfaceFromFormula } from '../../src/core/formula';
import { axisName, describeFactor, gauge, placeWords, referenceGauge } from '../../src/state/landmarks';

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

describe('referenceGauge: where the rate bar judges a rate', () => {
  const critical = (r: ReturnType<typeof referenceGauge>): number | undefined => r.gauge.criticalLr;

  test('a quadratic is judged everywhere alike, with no place named', () => {
    const r = referenceGauge(surfaces.quadratic!, [-2.5, 1.5], 'sgd', 0);
    expect(r.where).toBe('everywhere');
    expect(critical(r)).toBe(0.5);
    expect(placeWords(r.where)).toBe('');
  });

  test('the lopsided valley from its gentle slope: judged at its bottom, curvature 1, critical 2 (not 40 where the hiker starts)', () => {
    const r = referenceGauge(surfaces.asymmetric!, [-3], 'sgd', 0);
    expect(r).toMatchObject({ where: 'bottom', point: [0] });
    expect(critical(r)).toBeCloseTo(2, 12);
    expect(placeWords(r.where)).toBe(' near the bottom');
  });

  test('the plateau from its flat plain: critical 2/(2 + 0.01) at the bottom', () => {
    const r = referenceGauge(surfaces.plateau!, [3.5], 'sgd', 0);
    expect(r.where).toBe('bottom');
    expect(critical(r)).toBeCloseTo(2 / 2.01, 12);
  });

  test('the bottom of the start’s own basin: the double well’s right minimum from x = 1.8', () => {
    const well = surfaces['double-well']!;
    const r = referenceGauge(well, [1.8], 'sgd', 0);
    expect(r.point[0]).toBeGreaterThan(0);
    expect(critical(r)).toBeCloseTo(2 / well.hessian!(r.point)[0]![0]!, 12);
  });

  test('momentum moves the cliff there too: 2(1+μ)/λmax', () => {
    expect(critical(referenceGauge(surfaces.asymmetric!, [-3], 'momentum', 0.5))).toBeCloseTo(3, 12);
  });

  test('with no bottom that curves up, the start: x⁴ (flat at 0) and x³ (no bottom at all)', () => {
    const quartic = referenceGauge(surfaceFromFormula('x^4'), [1], 'sgd', 0);
    expect(quartic).toMatchObject({ where: 'start', point: [1] });
    expect(critical(quartic)).toBeCloseTo(2 / 12, 12);
    expect(referenceGauge(surfaceFromFormula('x^3'), [1], 'sgd', 0).where).toBe('start');
    expect(placeWords('start')).toBe(' at the start');
  });
});
