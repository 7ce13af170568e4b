import { describe, expect, test } from 'vitest';
import { formatTick, simulate } from '../../src/core';
import { createLossChartModel, decimate } from '../../src/chart/lossChartModel';

const margins = { top: 10, right: 10, bottom: 20, left: 40 };
const options = { width: 340, height: 200, margins, scale: 'log' as const };

describe('createLossChartModel', () => {
  test('log scale by default, with decade ticks, x from step 0 to the last', () => {
    const run = simulate({ surface: 'parabola', lr: 0.5, start: [3] });
    const model = createLossChartModel([{ losses: run.losses }], options);
    expect(model.scale).toBe('log');
    expect(model.x.domain()).toEqual([0, run.stoppedAt]);
    expect(model.yTicks.every((t) => Number.isInteger(Math.log10(t.value)))).toBe(true);
    expect(model.point(0, 0)).toEqual([40, model.y(4.5)]);
  });

  test('linear on request', () => {
    const model = createLossChartModel([{ losses: [4, 2, 1] }], { ...options, scale: 'linear' });
    expect(model.scale).toBe('linear');
    expect(model.y.domain()[0]).toBe(0);
  });

  test('a diverged run ends at its last finite point; the path holds no NaN', () => {
    const run = simulate({ surface: 'parabola', lr: 2.5, start: [3] });
    const model = createLossChartModel([{ losses: run.losses }], options);
    expect(model.path(0)).not.toMatch(/NaN|Infinity/);
    expect(model.point(0, 1000)).toEqual(model.point(0, run.stoppedAt));
  });

  test('a loss of exactly 0 sits on the floor of a log axis', () => {
    const model = createLossChartModel([{ losses: [4.5, 0] }], options);
    expect(model.path(0)).not.toMatch(/NaN|Infinity/);
    expect(model.point(0, 1)[1]).toBe(model.y.range()[0]);
  });

  test('no positive loss at all: falls back to linear', () => {
    expect(createLossChartModel([{ losses: [0, -1, -2] }], options).scale).toBe('linear');
  });

  test('a loss below zero (a typed valley’s floor) falls back to linear, so the curve is not flattened on the floor', () => {
    const model = createLossChartModel([{ losses: [4, 1, -3, -5.4] }], options);
    expect(model.scale).toBe('linear');
    expect(model.point(0, 3)[1]).toBeGreaterThan(model.point(0, 2)[1]);
    expect(model.yTicks.some((t) => t.value < 0)).toBe(true);
  });

  test('path(i) goes through every step of a short series; stepAt inverts x', () => {
    const model = createLossChartModel([{ losses: [8, 4, 2, 1, 0.5] }], options);
    expect(model.path(0).match(/[ML]/g)).toHaveLength(5);
    expect(model.stepAt(model.x(3) + 2)).toBe(3);
    expect(model.stepAt(-100)).toBe(0);
  });

  test('several series share one axis', () => {
    const model = createLossChartModel([{ losses: [1, 0.1] }, { losses: [100, 10, 1] }], options);
    expect(model.x.domain()).toEqual([0, 2]);
    expect(model.y.domain()[1]).toBeGreaterThanOrEqual(100);
  });
});

describe('formatTick', () => {
  test.each([
    [0, '0'],
    [1, '1'],
    [0.01, '0.01'],
    [250, '250'],
    [1e-4, '10⁻⁴'],
    [1e6, '10⁶'],
    [2.5e-7, '2.5×10⁻⁷'],
    [-1e5, '−10⁵'],
    [-3, '−3'],
  ])('formatTick(%s) = %s', (value, text) => expect(formatTick(value)).toBe(text));
});

describe('decimate', () => {
  test('keeps every point while there are few per pixel', () => {
    expect(decimate((k) => k * 10, [5, 4, 3, 2], 3)).toEqual([0, 1, 2, 3]);
    expect(decimate((k) => k * 10, [5, 4, 3, 2], 1)).toEqual([0, 1]);
  });

  test('keeps first, lowest, highest and last of each pixel column (M4), in order', () => {
    // 1,000 steps over 10 pixels: 100 steps a column, with a spike and a dip in column 3.
    const ys = Array.from({ length: 1000 }, (_, k) => (k === 350 ? 100 : k === 360 ? -100 : 1));
    const kept = decimate((k) => k / 100, ys, 999);
    expect(kept.length).toBeLessThanOrEqual(40);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(kept).toContain(350);
    expect(kept).toContain(360);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(999);
  });
});
