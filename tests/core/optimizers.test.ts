import { describe, expect, test } from 'vitest';
import { InvalidInputError, getOptimizer, hyperparamNames, optimizerIds, simulate, surfaces } from '../../src/core';
import { maxRelativeError } from './helpers';
import { TORCH_DEFAULTS, torchTrajectory, type TorchOptions } from './torchReference';

/** The first positions of a run on the parabola a = 1 from x = 3 (gradient = x). */
const firstSteps = (optimizer: string, lr: number, extra: Record<string, number> = {}): number[] =>
  simulate({ surface: 'parabola', optimizer, lr, start: [3], steps: 2, stop: false, ...extra }).path.map((p) => p[0] as number);

describe('hand-computed first steps on the parabola (a = 1, x₀ = 3)', () => {
  test('sgd: x ← x − η·g', () => {
    expect(firstSteps('sgd', 0.1)).toEqual([3, 3 - 0.1 * 3, 2.7 - 0.1 * 2.7]);
  });

  test('momentum: b₁ = g₁; b₂ = μ·b₁ + g₂', () => {
    const [, x1, x2] = firstSteps('momentum', 0.1, { momentum: 0.9 });
    expect(x1).toBeCloseTo(2.7, 15);
    expect(x2).toBeCloseTo(2.7 - 0.1 * (0.9 * 3 + 2.7), 15);
  });

  test('nesterov: x ← x − η·(g + μ·b)', () => {
    const [, x1, x2] = firstSteps('nesterov', 0.1, { momentum: 0.9 });
    expect(x1).toBeCloseTo(3 - 0.1 * (3 + 0.9 * 3), 15);
    const b2 = 0.9 * 3 + 2.43;
    expect(x2).toBeCloseTo(2.43 - 0.1 * (2.43 + 0.9 * b2), 15);
  });

  test('adagrad: x ← x − η·g/(√Σg² + ε)', () => {
    const [, x1, x2] = firstSteps('adagrad', 0.1);
    expect(x1).toBeCloseTo(3 - (0.1 * 3) / (3 + 1e-10), 15);
    expect(x2).toBeCloseTo(x1! - (0.1 * x1!) / (Math.sqrt(9 + x1! * x1!) + 1e-10), 15);
  });

  test('rmsprop: v = (1 − α)·g² on the first step', () => {
    const [, x1] = firstSteps('rmsprop', 0.01);
    expect(x1).toBeCloseTo(3 - (0.01 * 3) / (Math.sqrt(0.01 * 9) + 1e-8), 15);
  });

  test('adam: the bias-corrected first step has length η', () => {
    const [, x1] = firstSteps('adam', 0.1);
    expect(x1).toBeCloseTo(3 - (0.1 * 3) / (3 + 1e-8), 14);
  });

  test('adamw: x shrinks by 1 − η·wd, then takes Adam’s step of length η', () => {
    const [, x1] = firstSteps('adamw', 0.1, { weightDecay: 0.01 });
    expect(x1).toBeCloseTo(3 * (1 - 0.1 * 0.01) - (0.1 * 3) / (3 + 1e-8), 14);
    const [, y1] = firstSteps('adamw', 0.1, { weightDecay: 0 });
    expect(y1).toBe(firstSteps('adam', 0.1)[1]);
  });
});

/** Each optimizer on valleys of several shapes, with torch.optim's options. */
const settings: [string, string, TorchOptions, number[]?][] = [
  ['sgd', 'rosenbrock', { lr: 1e-3 }],
  ['momentum', 'rosenbrock', { lr: 1e-4, momentum: 0.9 }],
  ['momentum', 'quadratic', { lr: 0.05, momentum: 0.5 }],
  ['nesterov', 'rosenbrock', { lr: 1e-4, momentum: 0.9 }],
  ['nesterov', 'himmelblau', { lr: 1e-3, momentum: 0.7 }],
  ['adagrad', 'rosenbrock', { lr: 0.1 }],
  ['adagrad', 'beale', { lr: 0.05, eps: 1e-6 }],
  ['rmsprop', 'rosenbrock', { lr: 1e-3 }],
  ['rmsprop', 'hollows', { lr: 0.01, alpha: 0.9 }],
  ['adam', 'rosenbrock', { lr: 0.01 }],
  ['adam', 'beale', { lr: 0.01, beta1: 0.8, beta2: 0.99 }],
  ['adam', 'saddle', { lr: 0.05, beta1: 0.3 }],
  ['adam', 'parabola', { lr: 0.3 }, [3]],
  ['adamw', 'rosenbrock', { lr: 0.01 }],
  ['adamw', 'beale', { lr: 0.01, beta1: 0.8, weightDecay: 0.1 }],
];

describe('trajectories equal torch.optim in float64 (1,000 steps, relative 1e-9)', () => {
  test.each(settings)('%s on %s %j', (optimizer, surfaceId, options, start) => {
    const surface = surfaces[surfaceId]!;
    const from = start ?? [...surface.start];
    const { lr, nesterov: _n, ...hyper } = options;
    const run = simulate({ surface: surfaceId, optimizer, start: from, steps: 1000, stop: false, ...hyper, lr });
    const reference = torchTrajectory(optimizer, (p) => surface.grad(p), from, 1000, options);
    expect(run.status).toBe('max-steps');
    expect(run.path).toHaveLength(1001);
    expect(maxRelativeError(run.path.flat(), reference.flat())).toBeLessThanOrEqual(1e-9);
  });
});

describe('the registry', () => {
  test.each(optimizerIds)('%s has a torch.optim reference and its defaults', (id) => {
    const defaults = Object.fromEntries(getOptimizer(id).hyperparams.map((h) => [h.name, h.default]));
    expect(TORCH_DEFAULTS[id], `${id} has no entry in torchReference.ts`).toBeDefined();
    expect(defaults).toEqual(TORCH_DEFAULTS[id]);
  });

  test('every optimizer is checked against torch.optim in the trajectory tests', () => {
    expect(new Set(settings.map(([id]) => id))).toEqual(new Set(optimizerIds));
  });

  test('hyperparamNames lists each name of every optimizer once', () => {
    const names = optimizerIds.flatMap((id) => getOptimizer(id).hyperparams.map((h) => h.name));
    expect([...hyperparamNames].sort()).toEqual([...new Set(names)].sort());
  });

  test('getOptimizer names the field for unknown or prototype-chain ids', () => {
    for (const id of ['lbfgs', '__proto__', 'constructor', 7]) {
      expect(() => getOptimizer(id)).toThrowError(InvalidInputError);
    }
    expect(() => getOptimizer('__proto__')).toThrowError(`invalid optimizer: "__proto__" (must be one of ${optimizerIds.join(', ')})`);
  });
});
