import { describe, expect, test } from 'vitest';
import { quadraticLossTheory, runEvents, simulate, surfaces } from '../../src/core';

describe('runEvents', () => {
  test('lr ≤ 1/a never overshoots; converged is marked', () => {
    const run = simulate({ surface: 'parabola', lr: 0.5, start: [3] });
    expect(runEvents(run)).toEqual({ converged: run.stoppedAt });
  });

  test('1/a < lr < 2/a overshoots on the first step', () => {
    expect(runEvents(simulate({ surface: 'parabola', lr: 1.5, start: [3] })).firstOvershoot).toBe(1);
  });

  test('a diverged run marks where its loss began to grow for good', () => {
    const run = simulate({ surface: 'parabola', lr: 2.5, start: [3] });
    expect(runEvents(run)).toMatchObject({ firstOvershoot: 1, divergenceOnset: 0 });
    expect(runEvents(run).converged).toBeUndefined();
  });

  test('a run that first settles and then blows up marks the later onset', () => {
    // A warm-up towards a rate above 2/a: the hiker settles first, then the growing rate throws it out.
    const run = simulate({ surface: 'parabola', lr: 2.6, start: [3], steps: 400, stop: false, schedule: { type: 'warmup', warmupSteps: 60 } });
    const events = runEvents(run);
    expect(run.status).toBe('diverged');
    expect(events.divergenceOnset).toBeGreaterThan(5);
    for (let k = events.divergenceOnset!; k < run.stoppedAt; k++) expect(run.losses[k + 1]).toBeGreaterThan(run.losses[k]!);
  });

  test('momentum in a ravine overshoots too', () => {
    expect(runEvents(simulate({ surface: 'quadratic', surfaceParams: { a: 1, b: 25 }, optimizer: 'momentum', lr: 0.02 })).firstOvershoot).toBeDefined();
  });
});

describe('quadraticLossTheory', () => {
  test('is exact for gradient descent on a rotated quadratic, with a schedule', () => {
    const input = { surface: 'quadratic', surfaceParams: { a: 1, b: 9, angle: 30 }, lr: 0.15, start: [2, -1], steps: 80, stop: false as const, schedule: 'cosine' as const };
    const run = simulate(input);
    const theory = quadraticLossTheory(surfaces.quadratic!.withParams(input.surfaceParams), input.start, 'sgd', 0, run.lrs)!;
    expect(theory).toHaveLength(run.losses.length);
    theory.forEach((loss, k) => expect(loss).toBeCloseTo(run.losses[k]!, 9));
  });

  test('for momentum, the measured loss stays near the envelope in the long run', () => {
    const input = { surface: 'parabola', optimizer: 'momentum', lr: 0.05, start: [3], steps: 300, stop: false as const };
    const run = simulate(input);
    const theory = quadraticLossTheory(surfaces.parabola!, [3], 'momentum', 0.9, run.lrs)!;
    const ratio = (k: number) => run.losses[k]! / theory[k]!;
    // Same rate of decay: the ratio only oscillates, it does not drift by orders of magnitude.
    expect(Math.abs(Math.log10(Math.max(...[200, 220, 240, 260].map(ratio)) / Math.max(...[100, 120, 140, 160].map(ratio))))).toBeLessThan(1);
  });

  test('is undefined off quadratics and for adaptive optimizers', () => {
    expect(quadraticLossTheory(surfaces.rosenbrock!, [0, 0], 'sgd', 0, [0.1])).toBeUndefined();
    expect(quadraticLossTheory(surfaces.parabola!, [3], 'adam', 0, [0.1])).toBeUndefined();
  });
});
