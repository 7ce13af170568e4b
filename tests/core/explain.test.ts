import { describe, expect, test } from 'vitest';
import { explainStep, simulate } from '../../src/core';

describe('explainStep', () => {
  test('sgd on the parabola: x ← x − η·g = 1.2 − 0.3 × 2.4 … (the lesson’s example, a = 2, x = 1.2)', () => {
    const e = explainStep({ surface: 'parabola', surfaceParams: { a: 2 }, lr: 0.3, start: [1.2] }, 0);
    expect(e).toMatchObject({ step: 0, names: ['x'], point: [1.2], grad: [2.4], lr: 0.3, refused: false });
    expect(e.lines).toEqual(['x ← x − η·g = 1.2 − 0.3 × 2.4 = 0.48']);
    expect(e.next?.[0]).toBeCloseTo(0.48, 15);
  });

  test('negative numbers are parenthesised, and the step matches the run', () => {
    const input = { surface: 'parabola', lr: 0.5, start: [-2] } as const;
    const e = explainStep(input, 1);
    expect(e.lines).toEqual(['x ← x − η·g = −1 − 0.5 × (−1) = −0.5']);
    expect(e.next).toEqual(simulate(input).path[2]);
  });

  test('momentum: the first step has no velocity; later ones add μ·b', () => {
    const input = { surface: 'parabola', optimizer: 'momentum', lr: 0.1, start: [3], momentum: 0.9 } as const;
    expect(explainStep(input, 0).lines).toEqual(['b ← g = 3  (the first step has no velocity yet)', 'x ← x − η·b = 3 − 0.1 × 3 = 2.7']);
    expect(explainStep(input, 1).lines).toEqual(['b ← μ·b + g = 0.9 × 3 + 2.7 = 5.4', 'x ← x − η·b = 2.7 − 0.1 × 5.4 = 2.16']);
  });

  test('nesterov, adagrad, rmsprop and adam write out their own updates', () => {
    const at = (optimizer: string) => explainStep({ surface: 'parabola', optimizer, lr: 0.1, start: [3] }, 0).lines;
    expect(at('nesterov')).toEqual(['b ← g = 3  (the first step has no velocity yet)', 'x ← x − η·(g + μ·b) = 3 − 0.1 × (3 + 0.9 × 3) = 2.43']);
    expect(at('adagrad')).toEqual(['s ← s + g² = 0 + 3² = 9', 'x ← x − η·g / (√s + ε) = 3 − 0.1 × 3 / 3 = 2.9']);
    expect(at('rmsprop')[0]).toBe('v ← α·v + (1−α)·g² = 0.99 × 0 + 0.01 × 3² = 0.09');
    expect(at('adam')).toEqual([
      'm ← β₁·m + (1−β₁)·g = 0.9 × 0 + 0.1 × 3 = 0.3',
      'v ← β₂·v + (1−β₂)·g² = 0.999 × 0 + 0.001 × 3² = 0.009',
      'm̂ = m / (1−β₁^1) = 3;  v̂ = v / (1−β₂^1) = 9',
      'x ← x − η·m̂ / (√v̂ + ε) = 3 − 0.1 × 3 / 3 = 2.9',
    ]);
  });

  test('2-D: one set of lines per coordinate, named', () => {
    const e = explainStep({ surface: 'quadratic', lr: 0.1, start: [1, 1] }, 0);
    expect(e.lines).toHaveLength(2);
    expect(e.lines[0]).toMatch(/^x ← x − η·g = 1 − 0\.1 × 1 = 0\.9$/);
    expect(e.lines[1]).toMatch(/^y ← y − η·g = 1 − 0\.1 × 4 = 0\.6$/);
  });

  test('a refused step is explained with where it would have gone', () => {
    const run = simulate({ surface: 'parabola', lr: 2.5, start: [3] });
    const e = explainStep({ surface: 'parabola', lr: 2.5, start: [3] }, run.stoppedAt);
    expect(e.refused).toBe(true);
    expect(e.nextLoss).toBeUndefined();
    expect(Math.abs(e.next![0]!)).toBeGreaterThan(Math.abs(e.point[0]!));
  });

  test('past the end of a converged run: the last point, no update', () => {
    const e = explainStep({ surface: 'parabola', lr: 0.5, start: [3] }, 500);
    expect(e.step).toBe(simulate({ surface: 'parabola', lr: 0.5, start: [3] }).stoppedAt);
    expect(e.lines).toEqual([]);
    expect(e.next).toBeUndefined();
  });

  test('with noise, the gradient used differs from the true one, and matches the run', () => {
    const input = { surface: 'rosenbrock', lr: 1e-4, noise: 5, seed: 3 } as const;
    const e = explainStep(input, 4);
    const run = simulate(input);
    expect(e.usedGrad).toEqual(run.usedGrads![4]);
    expect(e.next).toEqual(run.path[5]);
  });
});
