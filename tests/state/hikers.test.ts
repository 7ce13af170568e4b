import { describe, expect, test } from 'vitest';
import { derive } from '../../src/state/derive';
import { fanRates, hikersFor } from '../../src/state/hikers';
import { defaultSettings, type Settings } from '../../src/state/settings';
import { flyOffOf } from '../../src/state/snapshot';
import { simulate } from '../../src/core';

const settings = (patch: Partial<Settings>): Settings => ({ ...defaultSettings, surface: 'parabola', ...patch });

describe('hikers', () => {
  test('a fan spreads its rates log-evenly around lr, the ends `spread` apart', () => {
    const rates = fanRates(settings({ mode: 'fan', lr: 0.1, fanCount: 5, fanSpread: 100 }));
    expect(rates).toEqual([0.01, 0.0316, 0.1, 0.316, 1]);
  });

  test('hand-picked rates come sorted; the primary hiker is the one nearest lr', () => {
    const { specs, primary } = hikersFor(settings({ mode: 'fan', lr: 0.5, fanRates: [2, 0.1, 0.6] }));
    expect(specs.map((s) => s.input.lr)).toEqual([0.1, 0.6, 2]);
    expect(primary).toBe(1);
    expect(new Set(specs.map((s) => s.color)).size).toBe(3);
  });

  test('a race gives each optimizer its rate and its own colour', () => {
    const { specs } = hikersFor(settings({ mode: 'race', racers: [{ optimizer: 'sgd', lr: 0.1 }, { optimizer: 'adam', lr: 0.05 }, { optimizer: 'sgd', lr: 0.2 }] }));
    expect(specs.map((s) => [s.input.optimizer, s.input.lr])).toEqual([
      ['sgd', 0.1],
      ['adam', 0.05],
      ['sgd', 0.2],
    ]);
    expect(specs.map((s) => s.label)).toEqual(['Gradient descent · η = 0.1', 'Adam · η = 0.05', 'Gradient descent · η = 0.2']);
    expect(new Set(specs.map((s) => s.color)).size).toBe(3);
  });

  test('one hiker wears the theme’s colour', () => {
    expect(hikersFor(settings({})).specs[0]?.color).toBeUndefined();
  });
});

describe('derive', () => {
  test('reuses the runs when nothing they depend on changed, and the valley when only the rate did', () => {
    const first = derive(settings({ lr: 0.1 }));
    expect(derive(settings({ lr: 0.1, stepsPerSecond: 50 }), first).runs).toBe(first.runs);
    const second = derive(settings({ lr: 0.2 }), first);
    expect(second.runs).not.toBe(first.runs);
    expect(second.surface).toBe(first.surface);
    expect(derive(settings({ lr: 0.2, surfaceParams: { a: 2 } }), second).surface).not.toBe(first.surface);
  });

  test('lastStep is the longest run’s', () => {
    const d = derive(settings({ mode: 'fan', fanRates: [0.01, 0.5], steps: 50 }));
    expect(d.lastStep).toBe(50);
    expect(d.runs.map((r) => r.stoppedAt)).toEqual([50, simulate({ surface: 'parabola', lr: 0.5, start: [-2.5] }).stoppedAt]);
  });
});

describe('flyOffOf', () => {
  const diverged = simulate({ surface: 'parabola', lr: 2.5, start: [3] });
  test('is 0 before the end of a diverged run, and for runs that did not diverge', () => {
    expect(flyOffOf(diverged, diverged.stoppedAt - 1, 100, 10, 0)).toBe(0);
    expect(flyOffOf(simulate({ surface: 'parabola', lr: 0.5, start: [3] }), 50, 100, 10, 5)).toBe(0);
  });

  test('counts steps while others walk, then wall-clock seconds', () => {
    expect(flyOffOf(diverged, diverged.stoppedAt + 7, 100, 10, 0)).toBeCloseTo(0.5, 12);
    expect(flyOffOf(diverged, diverged.stoppedAt, diverged.stoppedAt, 10, 0.7)).toBeCloseTo(0.5, 12);
    expect(flyOffOf(diverged, diverged.stoppedAt, diverged.stoppedAt, 10, 10)).toBe(1);
  });
});
