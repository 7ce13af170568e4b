import { describe, expect, test } from 'vitest';
import { createLossChartModel } from '../../src/chart/lossChartModel';
import { createSweepModel } from '../../src/chart/sweepModel';
import { simulate } from '../../src/core';
import { sweepRequest } from '../../src/state/sweep';
import { runSweep } from '../../src/state/sweepRun';
import { snapshotText } from '../snapshotText';

const margins = { top: 26, right: 14, bottom: 28, left: 46 };

/** SVG path data with its numbers to one decimal: a pixel's tenth. */
const path = (d: string): string => d.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));

describe('chart models as data', () => {
  test('the loss chart of one overshooting run on a log axis', async () => {
    const run = simulate({ surface: 'parabola', lr: 1.7, start: [3] });
    const model = createLossChartModel([{ losses: run.losses }], { width: 360, height: 220, margins, scale: 'log' });
    const text = snapshotText({ scale: model.scale, xTicks: model.xTicks, yTicks: model.yTicks, path: path(model.path(0)), step3: model.point(0, 3) });
    await expect(text).toMatchFileSnapshot('__snapshots__/loss-overshoot.txt');
  });

  test('the loss chart of one-example steps on fit-line, with epoch marks', async () => {
    const run = simulate({ surface: 'fit-line', lr: 0.05, sampling: 'stochastic', steps: 60 });
    const model = createLossChartModel([{ losses: run.losses }], { width: 360, height: 220, margins, scale: 'linear', epochSteps: run.epochSteps });
    const text = snapshotText({ scale: model.scale, xTicks: model.xTicks, yTicks: model.yTicks, epochMarks: model.epochMarks, path: path(model.path(0)) });
    await expect(text).toMatchFileSnapshot('__snapshots__/loss-epochs.txt');
  });

  test('the rate sweep of the parabola: the U-curve and the diverged row', async () => {
    const request = sweepRequest({ surface: 'parabola', lr: 0.1, start: [3], steps: 300 }, '');
    const model = createSweepModel(runSweep(request.input, request.rates), 360, 200, { top: 14, right: 14, bottom: 30, left: 46 }, 'loss');
    const dots = model.dots.filter((_, i) => i % 25 === 0).map((d) => ({ lr: d.point.lr, status: d.point.status, at: [d.cx, d.cy], off: d.off }));
    await expect(snapshotText({ xTicks: model.xTicks, yTicks: model.yTicks, topRow: model.topRow, dots })).toMatchFileSnapshot('__snapshots__/sweep-parabola.txt');
  });
});
