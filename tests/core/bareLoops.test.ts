import { describe, expect, test } from 'vitest';
import { optimizerIds, simulateBatch } from '../../src/core';
import { bareLoops } from '../bench/bareLoops';

// The benchmark's baselines (tests/bench/bareLoops.ts) are fair only if they take the core's own
// steps: each, on Rosenbrock, lands where the core's batched form lands.
describe('the benchmark’s bare loops', () => {
  const starts = [
    [-1.2, 1],
    [0.5, -0.5],
    [1.5, 2],
  ];

  test.each(optimizerIds)('%s: one bare loop per optimizer, stepping as the core does', (optimizer) => {
    const bare = bareLoops[optimizer];
    expect(bare).toBeDefined();
    const lr = 1e-3;
    const steps = 50;
    const xs = Float64Array.from(starts, (p) => p[0]!);
    const ys = Float64Array.from(starts, (p) => p[1]!);
    bare!(xs, ys, steps, new Float64Array(starts.length).fill(lr));
    const run = simulateBatch({ surface: 'rosenbrock', optimizer, lr, starts, steps, stop: false });
    starts.forEach((_, i) => {
      expect(xs[i]).toBeCloseTo(run.positions[i * 2]!, 9);
      expect(ys[i]).toBeCloseTo(run.positions[i * 2 + 1]!, 9);
    });
  });
});
