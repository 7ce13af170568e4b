import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { optimizerIds, scheduleIds, simulate, simulateBatch, surfaceIds, surfaces } from '../../src/core';

const statuses = ['converged', 'diverged', 'max-steps', 'no-improvement', 'epochs-done'];

/** Learning rates over twenty decades, with the extremes themselves. */
const learningRate = fc.oneof(
  fc.double({ min: -12, max: 8, noNaN: true }).map((e) => 10 ** e),
  fc.constantFrom(Number.MIN_VALUE, 1e-300, 1e300, Number.MAX_VALUE),
);

/** A start anywhere in a box 100 times the valley's, or far out. */
const startFor = (id: string) => {
  const surface = surfaces[id]!;
  return fc.tuple(
    ...surface.domain.map(([lo, hi]) => {
      const mid = (lo + hi) / 2;
      const span = (hi - lo) * 50;
      return fc.oneof(fc.double({ min: mid - span, max: mid + span, noNaN: true }), fc.constantFrom(1e6, -1e6, 0));
    }),
  );
};

const input = fc
  .constantFrom(...surfaceIds)
  .chain((surface) =>
    fc.record({
      surface: fc.constant(surface),
      start: startFor(surface),
      optimizer: fc.constantFrom(...optimizerIds),
      lr: learningRate,
      noise: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e3, noNaN: true })),
      seed: fc.nat(),
      steps: fc.integer({ min: 0, max: 300 }),
      schedule: fc.constantFrom(...scheduleIds),
      patience: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 50 })),
      epochs: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 30 })),
      sampling: surfaces[surface]!.examples ? fc.constantFrom('full' as const, 'stochastic' as const) : fc.constant(undefined),
    }),
  )
  .filter(({ surface, start }) => Number.isFinite(surfaces[surface]!.f(start)));

describe('properties of every run', () => {
  test('a run never holds a non-finite value and always ends in a named state', () => {
    fc.assert(
      fc.property(input, ({ patience, epochs, ...rest }) => {
        const run = simulate({ ...rest, stop: { patience, epochs } });
        expect(statuses).toContain(run.status);
        expect(run.path).toHaveLength(run.stoppedAt + 1);
        expect(run.losses).toHaveLength(run.stoppedAt + 1);
        expect(run.lrs).toHaveLength(run.stoppedAt);
        expect(run.stoppedAt).toBeLessThanOrEqual(rest.steps);
        const values = [...run.path.flat(), ...run.losses, ...run.grads.flat(), ...run.lrs, ...(run.usedGrads ?? []).flat()];
        expect(values.every(Number.isFinite)).toBe(true);
        expect(run.stopReason.length).toBeGreaterThan(10);
        expect(run.stopReason).not.toMatch(/NaN|undefined|Infinity/);
      }),
      { numRuns: 400, seed: 20261124 },
    );
  });

  test('losses[k] is f(path[k]), and a run is deterministic', () => {
    fc.assert(
      fc.property(input, ({ patience: _p, epochs: _e, ...rest }) => {
        const run = simulate(rest);
        const surface = surfaces[rest.surface]!;
        run.path.forEach((p, k) => expect(run.losses[k]).toBe(surface.f(p)));
        expect(simulate(rest).path).toEqual(run.path);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  test('a batch never holds a non-finite value either', () => {
    fc.assert(
      fc.property(fc.constantFrom(...surfaceIds), fc.constantFrom(...optimizerIds), fc.array(learningRate, { minLength: 1, maxLength: 40 }), (surface, optimizer, lr) => {
        const run = simulateBatch({ surface, optimizer, lr, steps: 100 });
        expect([...run.positions, ...run.losses].every(Number.isFinite)).toBe(true);
        for (const status of run.statuses) expect(statuses).toContain(status);
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});
