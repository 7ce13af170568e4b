import { describe, expect, test } from 'vitest';
import { surfaces } from '../../src/core';
import { createViewport1d, createViewport2d, sampleCurve } from '../../src/render/viewport';

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
