import { describe, expect, test } from 'vitest';
import { sampleGrid, surfaces } from '../../src/core';
import { colorAt, colormapTable } from '../../src/render/colormap';
import { createValueScale } from '../../src/render/valueScale';

describe('createValueScale', () => {
  test('is linear for a bowl and logarithmic for Rosenbrock, Himmelblau and Beale', () => {
    const modeOf = (id: string) => createValueScale(sampleGrid(surfaces[id]!, 64, 64), 0).mode;
    expect(modeOf('quadratic')).toBe('linear');
    expect(modeOf('hollows')).toBe('linear');
    expect(modeOf('rosenbrock')).toBe('log');
    expect(modeOf('himmelblau')).toBe('log');
    expect(modeOf('beale')).toBe('log');
  });

  test('normalize maps the floor to 0 and the top to 1, monotonically, and lossAt inverts it', () => {
    for (const id of ['quadratic', 'rosenbrock']) {
      const scale = createValueScale(sampleGrid(surfaces[id]!, 64, 64), 0);
      expect(scale.normalize(scale.lo)).toBe(0);
      expect(scale.normalize(scale.hi)).toBeCloseTo(1, 12);
      let previous = -1;
      for (let k = 0; k <= 100; k++) {
        const loss = scale.lo + ((scale.hi - scale.lo) * k) / 100;
        const t = scale.normalize(loss);
        expect(t).toBeGreaterThan(previous);
        expect(scale.lossAt(t)).toBeCloseTo(loss, 6);
        previous = t;
      }
    }
  });

  test('normalize clamps values outside the range, and non-finite ones, into [0, 1]', () => {
    const scale = createValueScale(sampleGrid(surfaces.rosenbrock!, 32, 32), 0);
    expect(scale.normalize(scale.hi * 10)).toBe(1);
    expect(scale.normalize(-5)).toBe(0);
    expect(scale.normalize(Number.NaN)).toBeNaN();
  });
});

describe('the colour map', () => {
  test('runs from viridis purple to viridis yellow', () => {
    expect(colorAt(0)).toEqual([0x44, 0x01, 0x54]);
    expect(colorAt(1)).toEqual([0xfd, 0xe7, 0x25]);
    expect(colorAt(-1)).toEqual(colorAt(0));
    expect(colorAt(Number.NaN)).toEqual(colorAt(1));
  });

  test('gets lighter as t grows (perceptually ordered)', () => {
    const luminance = ([r, g, b]: [number, number, number]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
    for (let k = 1; k <= 20; k++) expect(luminance(colorAt(k / 20))).toBeGreaterThan(luminance(colorAt((k - 1) / 20)));
  });

  test('colormapTable holds opaque RGBA texels', () => {
    const table = colormapTable(16);
    expect(table).toHaveLength(64);
    expect(Array.from(table.slice(0, 4))).toEqual([0x44, 0x01, 0x54, 255]);
  });
});
