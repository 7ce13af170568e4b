import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { surfaces } from '../../src/core';
import { createViewport1d, createViewport2d, linearScale, sampleCurve } from '../../src/render/viewport';

const margins = { top: 10, right: 10, bottom: 30, left: 40 };

describe('createViewport2d', () => {
  test('keeps one unit per pixel on both axes and grows the box to fill the plot', () => {
    const v = createViewport2d(850, 440, margins, [
      [-2, 2],
      [-1, 3],
    ]);
    const [[x0, x1], [y0, y1]] = v.box;
    expect((x1 - x0) / 800).toBeCloseTo((y1 - y0) / 400, 12);
    expect(y0).toBeCloseTo(-1, 12);
    expect(y1).toBeCloseTo(3, 12);
    expect((x0 + x1) / 2).toBeCloseTo(0, 12);
    expect(x1 - x0).toBeCloseTo(8, 12);
  });

  test('maps the box corners to the plot corners, y up', () => {
    const v = createViewport2d(500, 400, margins, [
      [0, 1],
      [0, 1],
    ]);
    const [[x0, x1], [y0, y1]] = v.box;
    expect(v.toScreen(x0, y0)).toEqual([40, 370]);
    expect(v.toScreen(x1, y1)).toEqual([490, 10]);
  });

  test('toWorld inverts toScreen', () => {
    const v = createViewport2d(640, 480, margins, surfaces.rosenbrock!.domain);
    for (const [sx, sy] of [
      [100, 200],
      [333.5, 17.25],
    ] as const) {
      const [wx, wy] = v.toWorld(sx, sy);
      const [bx, by] = v.toScreen(wx, wy);
      expect(bx).toBeCloseTo(sx, 9);
      expect(by).toBeCloseTo(sy, 9);
    }
  });
});

describe('createViewport1d', () => {
  test('spans the domain in x and the curve with headroom in y', () => {
    const parabola = surfaces.parabola!;
    const v = createViewport1d(800, 500, margins, parabola);
    expect(v.box[0]).toEqual([-4, 4]);
    const [lo, hi] = v.box[1];
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(8);
    expect(hi).toBeLessThan(9);
  });

  test('sampleCurve samples f evenly, ends included', () => {
    const { xs, losses } = sampleCurve(surfaces.parabola!, 5);
    expect(Array.from(xs)).toEqual([-4, -2, 0, 2, 4]);
    expect(Array.from(losses)).toEqual([8, 2, 0, 2, 8]);
  });
});

describe('linearScale', () => {
  const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  test('maps, inverts and ticks exactly as d3-scale’s scaleLinear does', () => {
    fc.assert(
      fc.property(finite(-1e6, 1e6), finite(1e-6, 1e6), finite(-2000, 2000), finite(1, 3000), finite(-1e6, 1e6), fc.integer({ min: 1, max: 20 }), (d0, span, r0, length, probe, count) => {
        const domain: [number, number] = [d0, d0 + span];
        const range: [number, number] = [r0, r0 + length];
        const ours = linearScale(domain, range);
        const d3 = scaleLinear().domain(domain).range(range);
        expect(ours(probe)).toBe(d3(probe));
        expect(ours.invert(range[0] + length / 3)).toBe(d3.invert(range[0] + length / 3));
        expect(ours.ticks(count)).toEqual(d3.ticks(count));
      }),
    );
  });

  test('a domain of one value maps to the middle of the range, as d3 does', () => {
    expect(linearScale([2, 2], [0, 100])(2)).toBe(scaleLinear().domain([2, 2]).range([0, 100])(2));
    expect(linearScale([2, 2], [0, 100]).invert(40)).toBe(scaleLinear().domain([2, 2]).range([0, 100]).invert(40));
  });
});
