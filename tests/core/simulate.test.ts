import { describe, expect, test } from 'vitest';
import { InvalidInputError, simulate, simulateBatch, type SimulateInput } from '../../src/core';

const parabola = (lr: number, extra: Partial<SimulateInput> = {}) => simulate({ surface: 'parabola', lr, start: [3], ...extra });

describe('simulate on the parabola (a = 1) from x = 3, default stop rules', () => {
  test('lr 0.5 ends converged, with the reason in words', () => {
    const run = parabola(0.5);
    expect(run.status).toBe('converged');
    expect(run.stopReason).toBe(`the loss fell below 0.0001 at step ${run.stoppedAt}`);
    expect(run.losses[run.stoppedAt]).toBeLessThan(1e-4);
    expect(run.losses[run.stoppedAt - 1]).toBeGreaterThanOrEqual(1e-4);
  });

  test('lr 2 (the edge) bounces between ±3 and ends max-steps', () => {
    const run = parabola(2, { steps: 50 });
    expect(run.status).toBe('max-steps');
    expect(run.stoppedAt).toBe(50);
    expect(run.path.slice(0, 4).map((p) => p[0])).toEqual([3, -3, 3, -3]);
    expect(run.stopReason).toBe('reached the limit of 50 steps, at loss 4.5');
  });

  test('lr 2.5 ends diverged at its last finite point, within the cap', () => {
    const run = parabola(2.5);
    expect(run.status).toBe('diverged');
    expect(run.path).toHaveLength(run.stoppedAt + 1);
    expect(run.losses.every(Number.isFinite)).toBe(true);
    expect(run.losses[run.stoppedAt]).toBeLessThanOrEqual(4.5e6);
    // The rejected step would have multiplied the loss by (1 − 2.5)² = 2.25.
    expect((run.losses[run.stoppedAt] as number) * 2.25).toBeGreaterThan(4.5e6);
    expect(run.stopReason).toBe(`diverged: step ${run.stoppedAt + 1} would have pushed the loss past 4.5 × 10⁶, a million times its loss at the start, so the run ends at step ${run.stoppedAt}`);
  });

  test('path, losses, grads and lrs line up', () => {
    const run = parabola(0.3, { steps: 20, stop: false });
    expect(run.path).toHaveLength(21);
    expect(run.losses).toEqual(run.path.map(([x]) => 0.5 * x! * x!));
    expect(run.grads).toEqual(run.path.map(([x]) => [x]));
    expect(run.lrs).toEqual(new Array(20).fill(0.3));
    expect(run.usedGrads).toBeUndefined();
  });
});

describe("the lesson's theory: gradient descent on a·x²/2", () => {
  const curvatures = [0.25, 1, 4];
  const signFlips = (xs: number[]): number => xs.slice(1).filter((x, k) => Math.sign(x) !== Math.sign(xs[k] as number)).length;

  test.each(curvatures)('a = %s: lr ≤ 1/a lowers the loss at every step, never crossing the bottom', (a) => {
    for (const fraction of [0.1, 0.5, 1]) {
      const run = simulate({ surface: 'parabola', surfaceParams: { a }, lr: fraction / a, start: [3], steps: 200 });
      expect(run.losses.slice(1).every((loss, k) => loss < (run.losses[k] as number))).toBe(true);
      expect(run.path.every(([x]) => x! >= 0)).toBe(true);
    }
  });

  test.each(curvatures)('a = %s: 1/a < lr < 2/a overshoots (x changes sign every step) yet converges', (a) => {
    for (const fraction of [1.2, 1.5, 1.9]) {
      const run = simulate({ surface: 'parabola', surfaceParams: { a }, lr: fraction / a, start: [3], steps: 1000 });
      const xs = run.path.map((p) => p[0] as number);
      expect(signFlips(xs)).toBe(xs.length - 1);
      expect(run.status).toBe('converged');
    }
  });

  test.each(curvatures)('a = %s: lr > 2/a diverges', (a) => {
    for (const fraction of [2.05, 3, 100]) {
      const run = simulate({ surface: 'parabola', surfaceParams: { a }, lr: fraction / a, start: [3], steps: 5000 });
      expect(run.status).toBe('diverged');
    }
  });
});

describe('stop rules', () => {
  test('lossBelow sets the threshold', () => {
    const run = parabola(0.5, { stop: { lossBelow: 0.01 } });
    expect(run.stopReason).toBe(`the loss fell below 0.01 at step ${run.stoppedAt}`);
    expect(run.losses[run.stoppedAt]).toBeLessThan(0.01);
  });

  test('gradNormBelow stops on flat ground, even where the loss is not small', () => {
    const run = simulate({ surface: 'double-well', lr: 0.05, stop: { gradNormBelow: 1e-4 } });
    expect(run.status).toBe('converged');
    expect(Math.abs(run.grads[run.stoppedAt]![0]!)).toBeLessThan(1e-4);
    expect(run.losses[run.stoppedAt]).toBeGreaterThan(0.5);
    expect(run.stopReason).toMatch(/^the slope flattened out \(gradient length below 0\.0001\) at step \d+, at loss 0\.9/);
  });

  test('patience ends a run that stops improving (the bouncing edge)', () => {
    const run = parabola(2, { stop: { patience: 10 } });
    expect(run.status).toBe('no-improvement');
    expect(run.stoppedAt).toBe(10);
    expect(run.stopReason).toBe('the loss stopped improving: no gain larger than 0 for 10 steps after step 0 (best loss 4.5)');
  });

  test('minDelta counts only gains larger than it', () => {
    const run = parabola(0.01, { stop: { patience: 5, minDelta: 0.1 } });
    expect(run.status).toBe('no-improvement');
  });

  test('stop: false runs exactly `steps` steps', () => {
    const run = parabola(0.5, { steps: 300, stop: false });
    expect(run.status).toBe('max-steps');
    expect(run.path).toHaveLength(301);
  });

  test('stop: false still ends a diverging run', () => {
    expect(parabola(3, { stop: false }).status).toBe('diverged');
  });

  test('a start below loss 1 diverges past a million, said in words', () => {
    expect(parabola(2.5, { start: [1] }).stopReason).toMatch(/^diverged: step \d+ would have pushed the loss past a million, so the run ends at step \d+$/);
  });

  test('lossAbove sets the divergence cap', () => {
    const run = parabola(2.5, { stop: { lossAbove: 100 } });
    expect(run.status).toBe('diverged');
    expect(run.losses[run.stoppedAt]).toBeLessThanOrEqual(100);
    expect(run.stopReason).toMatch(/past 100, the limit set for a diverging run, so the run ends at step \d+$/);
  });

  test('a start already at the bottom converges at step 0', () => {
    const run = parabola(0.1, { start: [0] });
    expect(run.status).toBe('converged');
    expect(run.stoppedAt).toBe(0);
    expect(run.path).toEqual([[0]]);
  });

  test('steps: 0 ends at the start', () => {
    expect(parabola(0.1, { steps: 0 })).toMatchObject({ status: 'max-steps', stoppedAt: 0, path: [[3]] });
  });

  test('a loss that overflows to infinity is caught as divergence', () => {
    const run = parabola(1e10, { stop: { lossAbove: Number.MAX_VALUE } });
    expect(run.status).toBe('diverged');
    expect(run.stopReason).toMatch(/would have made the loss infinite/);
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });
});

describe('schedules', () => {
  const lrs = (schedule: SimulateInput['schedule'], steps = 6) =>
    simulate({ surface: 'parabola', lr: 0.1, steps, stop: false, schedule }).lrs;

  test('constant keeps the rate', () => expect(lrs('constant')).toEqual(new Array(6).fill(0.1)));

  test('step multiplies by γ every stepSize steps', () => {
    expect(lrs({ type: 'step', gamma: 0.5, stepSize: 2 })).toEqual([0.1, 0.1, 0.05, 0.05, 0.025, 0.025]);
  });

  test('exponential multiplies by γ each step', () => {
    expect(lrs({ type: 'exponential', gamma: 0.5 })).toEqual([0.1, 0.05, 0.025, 0.0125, 0.00625, 0.003125]);
  });

  test('cosine falls from lr to its floor over the run', () => {
    const values = lrs({ type: 'cosine', minFactor: 0.2 }, 4);
    expect(values.map((v) => Number(v.toFixed(12)))).toEqual([0.1, 0.088284271247, 0.06, 0.031715728753]);
  });

  test('warmup grows linearly to lr', () => {
    expect(lrs({ type: 'warmup', warmupSteps: 4 })).toEqual([0.025, 0.05, 0.1 * 0.75, 0.1, 0.1, 0.1]);
  });

  test('the schedule drives the steps: path follows the scheduled rates', () => {
    const run = simulate({ surface: 'parabola', lr: 0.5, start: [3], steps: 3, stop: false, schedule: { type: 'exponential', gamma: 0.5 } });
    expect(run.path.map((p) => p[0])).toEqual([3, 3 * 0.5, 1.5 * 0.75, 1.125 * 0.875]);
  });
});

describe('gradient noise', () => {
  const noisy = (seed: number) => simulate({ surface: 'rosenbrock', lr: 1e-3, noise: 2, seed, steps: 200, stop: false });

  test('the same seed gives the same route; another seed another route', () => {
    expect(noisy(3).path).toEqual(noisy(3).path);
    expect(noisy(4).path).not.toEqual(noisy(3).path);
  });

  test('usedGrads hold the true gradient plus the noise actually used', () => {
    const run = noisy(3);
    expect(run.usedGrads).toHaveLength(200);
    const deltas = run.usedGrads!.flatMap((g, k) => g.map((v, d) => v - (run.grads[k]![d] as number)));
    const mean = deltas.reduce((s, v) => s + v, 0) / deltas.length;
    const sd = Math.sqrt(deltas.reduce((s, v) => s + (v - mean) ** 2, 0) / deltas.length);
    expect(Math.abs(mean)).toBeLessThan(0.3);
    expect(sd).toBeGreaterThan(1.7);
    expect(sd).toBeLessThan(2.3);
    const [x0, y0] = run.path[0] as [number, number];
    const [gx, gy] = run.usedGrads![0] as [number, number];
    expect(run.path[1]).toEqual([x0 + -1e-3 * gx, y0 + -1e-3 * gy]);
  });
});

describe('simulateBatch', () => {
  test('each hiker follows the route simulate gives it alone, across many tiles', () => {
    const lrs = Array.from({ length: 600 }, (_, i) => 1e-4 * 1.02 ** i);
    const batch = simulateBatch({ surface: 'rosenbrock', optimizer: 'adam', lr: lrs, steps: 300, noise: 0.5, seed: 9 });
    for (const i of [0, 255, 256, 299, 599]) {
      const alone = simulate({ surface: 'rosenbrock', optimizer: 'adam', lr: lrs[i]!, steps: 300, noise: 0.5, seed: 9 });
      expect(batch.statuses[i]).toBe(alone.status);
      expect(batch.stoppedAt[i]).toBe(alone.stoppedAt);
      expect(Array.from(batch.positions.subarray(2 * i, 2 * i + 2))).toEqual(alone.path[alone.stoppedAt]);
      expect(batch.losses[i]).toBe(alone.losses[alone.stoppedAt]);
      expect(batch.stopReason(i)).toBe(alone.stopReason);
    }
  });

  test('starts gives one start per hiker; mismatched lengths are rejected', () => {
    const run = simulateBatch({ surface: 'parabola', lr: 0.1, starts: [[1], [2], [-3]], steps: 5, stop: false });
    const fiveSteps = (x: number): number => [1, 2, 3, 4, 5].reduce((v) => v + -0.1 * v, x);
    expect(Array.from(run.positions)).toEqual([1, 2, -3].map(fiveSteps));
    expect(() => simulateBatch({ surface: 'parabola', lr: [0.1, 0.2], starts: [[1]] })).toThrowError(/invalid starts/);
    expect(() => simulateBatch({ surface: 'parabola', lr: [] })).toThrowError(/invalid lr/);
    expect(() => simulateBatch({ surface: 'parabola', lr: [0.1, -1] })).toThrowError(/^invalid lr\[1\]: -1/);
  });

  test('mixes outcomes: crawling, converged and diverged hikers side by side', () => {
    const run = simulateBatch({ surface: 'parabola', lr: [1e-4, 0.5, 2.5], start: [3], steps: 100 });
    expect(run.statuses).toEqual(['max-steps', 'converged', 'diverged']);
  });
});

describe('bad input names the field and what is allowed', () => {
  const cases: [string, unknown, RegExp][] = [
    ['unknown surface', { surface: 'moon', lr: 0.1 }, /^invalid surface: "moon" \(must be one of parabola, /],
    ['prototype surface', { surface: '__proto__', lr: 0.1 }, /^invalid surface: "__proto__"/],
    ['unknown optimizer', { surface: 'parabola', optimizer: 'constructor', lr: 0.1 }, /^invalid optimizer: "constructor"/],
    ['lr as text', { surface: 'parabola', lr: 'abc' }, /^invalid lr: "abc" \(must be a positive finite number\)$/],
    ['lr zero', { surface: 'parabola', lr: 0 }, /^invalid lr: 0 /],
    ['lr negative', { surface: 'parabola', lr: -1 }, /^invalid lr: -1 /],
    ['lr NaN', { surface: 'parabola', lr: Number.NaN }, /^invalid lr: NaN /],
    ['lr infinite', { surface: 'parabola', lr: Infinity }, /^invalid lr: Infinity /],
    ['lr missing', { surface: 'parabola' }, /^invalid lr: undefined /],
    ['start of the wrong dimension', { surface: 'rosenbrock', lr: 0.1, start: [1] }, /^invalid start: \[1\] \(must be \[x, y\]: 2 finite numbers for rosenbrock\)$/],
    ['start not finite', { surface: 'parabola', lr: 0.1, start: [Number.NaN] }, /^invalid start: \[NaN\]/],
    ['start not an array', { surface: 'parabola', lr: 0.1, start: 3 }, /^invalid start: 3/],
    ['steps negative', { surface: 'parabola', lr: 0.1, steps: -1 }, /^invalid steps: -1 \(must be a whole number from 0 to 1000000\)$/],
    ['steps fractional', { surface: 'parabola', lr: 0.1, steps: 2.5 }, /^invalid steps: 2\.5/],
    ['momentum of 1', { surface: 'parabola', optimizer: 'momentum', lr: 0.1, momentum: 1 }, /^invalid momentum: 1 \(must be a number at least 0 and below 1\)$/],
    ['eps of 0', { surface: 'parabola', optimizer: 'adam', lr: 0.1, eps: 0 }, /^invalid eps: 0/],
    ['noise negative', { surface: 'parabola', lr: 0.1, noise: -1 }, /^invalid noise: -1/],
    ['seed fractional', { surface: 'parabola', lr: 0.1, seed: 0.5 }, /^invalid seed: 0\.5/],
    ['unknown key', { surface: 'parabola', lr: 0.1, learningRate: 3 }, /^invalid input key: "learningRate"/],
    ['prototype key', JSON.parse('{"surface":"parabola","lr":0.1,"__proto__":{"x":1}}'), /^invalid input key: "__proto__"/],
    ['parameter of another valley', { surface: 'parabola', lr: 0.1, surfaceParams: { b: 2 } }, /^invalid surfaceParams: "b" \(this valley's parameters are a\)$/],
    ['parameter out of range', { surface: 'parabola', lr: 0.1, surfaceParams: { a: 100 } }, /^invalid surfaceParams\.a: 100/],
    ['unknown schedule', { surface: 'parabola', lr: 0.1, schedule: 'sawtooth' }, /^invalid schedule\.type: "sawtooth"/],
    ['schedule parameter', { surface: 'parabola', lr: 0.1, schedule: { type: 'step', gamma: 2 } }, /^invalid schedule\.gamma: 2/],
    ['schedule extra key', { surface: 'parabola', lr: 0.1, schedule: { type: 'constant', gamma: 2 } }, /^invalid schedule\.gamma/],
    ['stop rule unknown', { surface: 'parabola', lr: 0.1, stop: { lossUnder: 1 } }, /^invalid stop: "lossUnder"/],
    ['stop patience fractional', { surface: 'parabola', lr: 0.1, stop: { patience: 1.5 } }, /^invalid stop\.patience: 1\.5/],
    ['stop true', { surface: 'parabola', lr: 0.1, stop: true }, /^invalid stop: true/],
    ['not an object', 'parabola', /^invalid input: "parabola"/],
  ];
  test.each(cases)('%s', (_name, input, message) => {
    expect(() => simulate(input as SimulateInput)).toThrowError(InvalidInputError);
    expect(() => simulate(input as SimulateInput)).toThrowError(message);
  });

  test('hyperparameters of other optimizers are ignored, not errors (a URL may carry them)', () => {
    expect(simulate({ surface: 'parabola', optimizer: 'adam', lr: 0.1, momentum: 0.5 }).status).toBe('converged');
  });
});
