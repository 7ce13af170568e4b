import { describe, expect, test } from 'vitest';
import { createSweepModel } from '../../src/chart/sweepModel';
import type { SweepPoint } from '../../src/state/sweep';

const margins = { top: 14, right: 14, bottom: 30, left: 46 };

/** Forty rates from 1e-4 to 10, their final losses from 1 down to `lowest` and back up, the last few diverging. */
function sweep(lowest: number): SweepPoint[] {
  return Array.from({ length: 40 }, (_, i): SweepPoint => {
    const lr = 10 ** (-4 + (5 * i) / 39);
    const depth = Math.log10(lowest) * Math.sin((Math.PI * i) / 39);
    return i > 35 ? { lr, loss: Number.NaN, status: 'diverged', stoppedAt: 5 } : { lr, loss: 10 ** depth, status: 'converged', stoppedAt: 10 };
  });
}

describe('createSweepModel', () => {
  test('a short plot labels fewer decades of loss, one per 20 pixels at most', () => {
    const tall = createSweepModel(sweep(1e-10), 360, 240, margins, 'loss');
    const short = createSweepModel(sweep(1e-10), 360, 110, margins, 'loss');
    expect(tall.yTicks.length).toBeGreaterThan(short.yTicks.length);
    const gaps = short.yTicks.slice(1).map((t, i) => Math.abs(t.px - short.yTicks[i]!.px));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(20);
  });

  test('runs that end below the scale’s twelve decades sit on its floor, and the model says where that is', () => {
    const deep = createSweepModel(sweep(1e-130), 360, 200, margins, 'loss');
    expect(deep.floor).toBeDefined();
    expect(deep.floor!).toBeGreaterThanOrEqual(1e-13);
    const bottom = 200 - margins.bottom;
    expect(Math.max(...deep.dots.filter((d) => !d.off).map((d) => d.cy))).toBeLessThanOrEqual(bottom + 1e-9);
    expect(createSweepModel(sweep(1e-6), 360, 200, margins, 'loss').floor).toBeUndefined();
  });
});
