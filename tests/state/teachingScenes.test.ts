import { describe, expect, test } from 'vitest';
import { simulate, type Run } from '../../src/core';
import { hikersFor } from '../../src/state/hikers';
import { applyTeachingScene, teachingScenes } from '../../src/state/teachingScenes';
import { defaultSettings } from '../../src/state/settings';
import { surfaceOf } from '../../src/state/surface';

/** The runs of a scene, as the playground computes them. */
function runsOf(id: string): Run[] {
  const settings = applyTeachingScene(defaultSettings, id);
  const surface = surfaceOf(settings);
  return hikersFor(settings).specs.map((spec) => simulate({ ...spec.input, surface }));
}

/** How far a route swings across the ravine's floor (y = 0) at step k. */
const swingAt = (run: Run, k: number): number => Math.abs(run.path[Math.min(k, run.stoppedAt)]![1]!);

/** The largest swing up to step k: the zig-zag's width so far. */
const widthUpTo = (run: Run, k: number): number => Math.max(...run.path.slice(1, k + 1).map((p) => Math.abs(p[1]!)));

/** How far a route travels across the floor in its first n steps, all its zigs and zags added. */
function sideways(run: Run, n: number): number {
  let total = 0;
  for (let k = 1; k <= Math.min(n, run.stoppedAt); k++) total += Math.abs(run.path[k]![1]! - run.path[k - 1]![1]!);
  return total;
}

describe('Momentum’s cure (ravine-momentum): its caption is true of its runs', () => {
  const [sgd, momentum] = runsOf('ravine-momentum') as [Run, Run];
  const caption = teachingScenes.find((s) => s.id === 'ravine-momentum')!.caption;

  test('the racers are gradient descent and momentum with μ = 0.6, as the caption says', () => {
    expect([sgd.optimizer, momentum.optimizer]).toEqual(['sgd', 'momentum']);
    expect(applyTeachingScene(defaultSettings, 'ravine-momentum').hyper.momentum).toBe(0.6);
    expect(caption).toContain('μ = 0.6');
  });

  test('“smaller swings”: from the first step on, momentum’s zig-zag is narrower than gradient descent’s', () => {
    for (let k = 1; k <= 40; k++) expect(widthUpTo(momentum, k), `step ${k}`).toBeLessThan(widthUpTo(sgd, k));
    // Visibly so: its widest swing is under three quarters of gradient descent’s, and over the first
    // ten steps it travels across the floor less than a third as far.
    expect(widthUpTo(momentum, 400)).toBeLessThan(0.75 * widthUpTo(sgd, 400));
    expect(sideways(momentum, 10)).toBeLessThan(sideways(sgd, 10) / 3);
  });

  test('“that die down fast”: after 15 steps its swings are under a fifth of gradient descent’s', () => {
    for (let k = 15; k <= 40; k++) expect(Math.max(swingAt(momentum, k), swingAt(momentum, k + 1)), `step ${k}`).toBeLessThan(0.2 * Math.max(swingAt(sgd, k), swingAt(sgd, k + 1)));
  });

  test('“speed along the floor”: after 20 steps it is nearer the bottom along the floor', () => {
    expect(Math.abs(momentum.path[20]![0]!)).toBeLessThan(Math.abs(sgd.path[20]![0]!));
  });

  test('“it arrives in under half the steps”: both converge, momentum in less than half of gradient descent’s steps', () => {
    expect(sgd.status).toBe('converged');
    expect(momentum.status).toBe('converged');
    expect(momentum.stoppedAt).toBeLessThan(sgd.stoppedAt / 2);
    expect(caption).toContain('under half the steps');
  });
});
