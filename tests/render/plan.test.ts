import { describe, expect, test } from 'vitest';
import { simulate, surfaces, type Run, type Surface } from '../../src/core';
import { screenPath } from '../../src/render/frame';
import { FOLLOW_LIMIT, marksOf, planScene, reachOf, viewExtent1d, type SceneHiker } from '../../src/render/plan';
import { lightTheme } from '../../src/render/theme';
import { createViewport1d, createViewport2d, sceneMargins } from '../../src/render/viewport';
import { snapshotText } from '../snapshotText';

const WIDTH = 900;
const HEIGHT = 560;

/** The plan of a scene at `position`, with each hiker's route on screen, as snapshot text. */
function planText(surface: Surface, runs: readonly Run[], position: number, colors: readonly (string | undefined)[] = []): string {
  const margins = sceneMargins(1);
  const extent = viewExtent1d(surface, runs.map((r) => reachOf(r, 0)), position);
  const viewport = surface.dim === 2 ? createViewport2d(WIDTH, HEIGHT, margins, surface.domain) : createViewport1d(WIDTH, HEIGHT, margins, surface, extent);
  const hikers: SceneHiker[] = runs.map((run, i) => ({ run, flyOff: 0, ...(colors[i] ? { color: colors[i] } : {}) }));
  const start = runs[0]!.path[0]!;
  const plan = planScene({ surface, hikers, primary: 0, start, position, theme: lightTheme, scale: 1, showGuides: true }, viewport, marksOf(surface, start, viewport));
  return snapshotText({
    box: viewport.box,
    marks: plan.marks,
    guide: plan.guide,
    hikers: plan.hikers.map(({ step, pose, color, frame }) => ({ step, color: color.toString(16), pose, route: screenPath(frame.run, viewport) })),
  });
}

describe('planScene: what the scene draws, as data', () => {
  test('1-D parabola, η = 1.7, at rest on step 3: the hiker across the valley, the arrow and the next landing', async () => {
    const run = simulate({ surface: 'parabola', lr: 1.7, start: [3] });
    await expect(planText(surfaces.parabola!, [run], 3)).toMatchFileSnapshot('__snapshots__/plan-parabola-overshoot.txt');
  });

  test('1-D parabola, η = 0.3, halfway through step 1: walking or leaping, no guide', async () => {
    const run = simulate({ surface: 'parabola', lr: 0.3, start: [3] });
    await expect(planText(surfaces.parabola!, [run], 1.5)).toMatchFileSnapshot('__snapshots__/plan-parabola-moving.txt');
  });

  test('1-D parabola, η = 2.5, diverging, at step 4: the view has zoomed out to keep the growing bounces, and the arrow is the true step', async () => {
    const run = simulate({ surface: 'parabola', lr: 2.5, start: [3] });
    await expect(planText(surfaces.parabola!, [run], 4)).toMatchFileSnapshot('__snapshots__/plan-parabola-diverging.txt');
  });

  test('2-D Rosenbrock with momentum at step 25', async () => {
    const run = simulate({ surface: 'rosenbrock', optimizer: 'momentum', lr: 0.001, steps: 2000 });
    await expect(planText(surfaces.rosenbrock!, [run], 25)).toMatchFileSnapshot('__snapshots__/plan-rosenbrock-momentum.txt');
  });

  test('a fan of three on the quadratic bowl at step 4', async () => {
    const runs = [0.05, 0.3, 0.45].map((lr) => simulate({ surface: 'quadratic', lr, start: [-2.5, 1.5] }));
    await expect(planText(surfaces.quadratic!, runs, 4, ['#0072B2', '#009E73', '#D55E00'])).toMatchFileSnapshot('__snapshots__/plan-fan.txt');
  });
});

describe('viewExtent1d: a 1-D view follows a diverging run', () => {
  const parabola = surfaces.parabola!;
  const diverging = simulate({ surface: 'parabola', lr: 2.5, start: [3] });
  const reaches = [reachOf(diverging, 0)];

  test('within the valley’s box it is the box', () => {
    const calm = simulate({ surface: 'parabola', lr: 0.3, start: [3] });
    expect(viewExtent1d(parabola, [reachOf(calm, 0)], 0)).toEqual([-4, 4]);
    expect(viewExtent1d(parabola, [reachOf(calm, 0)], 5.5)).toEqual([-4, 4]);
  });

  test('at each step it holds every point so far and the next landing', () => {
    for (let k = 0; k < 6; k++) {
      const [lo, hi] = viewExtent1d(parabola, reaches, k);
      for (const p of diverging.path.slice(0, k + 2)) {
        expect(p[0]).toBeGreaterThanOrEqual(lo);
        expect(p[0]).toBeLessThanOrEqual(hi);
      }
    }
  });

  test('it widens smoothly between steps, never shrinking', () => {
    let last = 0;
    for (let position = 0; position <= 6; position += 0.05) {
      const [, hi] = viewExtent1d(parabola, reaches, position);
      expect(hi).toBeGreaterThanOrEqual(last - 1e-9);
      last = hi;
    }
  });

  test('it stops following at FOLLOW_LIMIT times the box, and the hiker leaves', () => {
    const [lo, hi] = viewExtent1d(parabola, reaches, diverging.stoppedAt);
    expect(hi - lo).toBeCloseTo(8 * FOLLOW_LIMIT, 9);
    expect(Math.abs(diverging.path[diverging.stoppedAt]![0]!)).toBeGreaterThan(hi);
  });

  test('several growing bounces stay in view before it leaves', () => {
    const inView = diverging.path.filter((p) => Math.abs(p[0]!) <= 4 * FOLLOW_LIMIT).length;
    expect(inView).toBeGreaterThanOrEqual(6);
  });
});

describe('the loss range of a 1-D view that follows a run out of its box', () => {
  const asymmetric = surfaces.asymmetric!;
  const margins = sceneMargins(1);
  /** The view at playhead `position` of runs at these rates on the lopsided valley (eˣ − x − 1), from x = −3. */
  const viewAt = (rates: readonly number[], position: number) => {
    const runs = rates.map((lr) => simulate({ surface: 'asymmetric', lr, start: [-3], steps: 300 }));
    const extent = viewExtent1d(asymmetric, runs.map((r) => reachOf(r, -0.75)), position);
    return { runs, extent, viewport: createViewport1d(WIDTH, HEIGHT, margins, asymmetric, extent) };
  };

  test('stops at the route’s highest loss plus a margin, not at the curve’s over the widened range', () => {
    // At η = 5 the hiker is flung far up the gentle side; the wall on the other side reaches e²² and more.
    const { runs, extent, viewport } = viewAt([5], 10);
    expect(extent[1] - extent[0]).toBeGreaterThan(30);
    const peak = Math.max(...runs[0]!.losses.slice(0, 12));
    const [, hi] = viewport.box[1];
    expect(extent.lossCeiling).toBeCloseTo(peak, 9);
    expect(hi).toBeGreaterThanOrEqual(peak);
    expect(hi).toBeLessThan(peak * 1.2);
    // The valley's own bottom keeps a visible height: at least a tenth of the plot.
    const [, bottom] = viewport.toScreen(0, 0);
    const [, top] = viewport.toScreen(0, asymmetric.f([-4]));
    expect(bottom - top).toBeGreaterThan(0.05 * (HEIGHT - margins.top - margins.bottom));
  });

  test('every point the route has reached stays under the top', () => {
    const { runs, viewport } = viewAt([5, 0.3], 40);
    const [, hi] = viewport.box[1];
    for (const run of runs) for (const loss of run.losses.slice(0, 42)) expect(loss).toBeLessThanOrEqual(hi);
  });

  test('never below the valley’s own box: a calm run keeps the usual view, with no ceiling', () => {
    const { extent, viewport } = viewAt([0.3], 5);
    expect(extent.lossCeiling).toBeUndefined();
    expect(viewport.box[1]).toEqual(createViewport1d(WIDTH, HEIGHT, margins, asymmetric).box[1]);
  });
});

