import { describe, expect, test } from 'vitest';
import { fanRates, hikersFor } from '../../src/state/hikers';
import { barRate, withBarRate } from '../../src/state/rateControl';
import { LR_LIMITS, defaultSettings, type Settings } from '../../src/state/settings';
import { decodeSettings } from '../../src/state/url';

const sixRates: Settings = decodeSettings(new URLSearchParams('scene=fan-1d')).settings;

describe('barRate and withBarRate: the rate the rate bar shows and sets', () => {
  test('a lone hiker: its rate', () => {
    const s = { ...defaultSettings, lr: 0.3 };
    expect(barRate(s)).toBe(0.3);
    expect(withBarRate(s, 0.05)).toEqual({ ...s, lr: 0.05 });
  });

  test('a fan of typed rates shows the followed hiker’s rate, one a hiker has', () => {
    expect(fanRates(sixRates)).toEqual([0.02, 0.2, 0.8, 1.5, 1.9, 2.1]);
    expect(barRate(sixRates)).toBe(0.8);
    expect(barRate(sixRates, 0)).toBe(0.02);
  });

  test('setting it moves the whole typed fan on the log axis: each rate × new/old, the followed hiker at the new rate', () => {
    const moved = withBarRate(sixRates, 0.4);
    expect(fanRates(moved)).toEqual([0.01, 0.1, 0.4, 0.75, 0.95, 1.05]);
    expect(barRate(moved)).toBe(0.4);
    expect(hikersFor(moved).primary).toBe(hikersFor(sixRates).primary);
    // Following the fastest hiker: it gets the typed rate, the others keep their ratios to it.
    const fastest = withBarRate(sixRates, 1.05, 5);
    expect(barRate(fastest, 5)).toBe(1.05);
    expect(fanRates(fastest)).toEqual([0.01, 0.1, 0.4, 0.75, 0.95, 1.05]);
  });

  test('a spread fan moves through η: the followed hiker gets the rate, the spread stays', () => {
    const spread: Settings = { ...defaultSettings, surface: 'parabola', mode: 'fan', lr: 0.1, fanCount: 5, fanSpread: 100 };
    expect(fanRates(spread)).toEqual([0.01, 0.0316, 0.1, 0.316, 1]);
    const moved = withBarRate(spread, 0.5);
    expect(barRate(moved)).toBe(0.5);
    expect(fanRates(moved)).toEqual([0.05, 0.158, 0.5, 1.58, 5]);
    expect(moved.fanRates).toBeUndefined();
  });

  test('no rate of the fan leaves the limits: the fan stops at the end, the followed hiker where the fan stopped', () => {
    const moved = withBarRate(sixRates, 900);
    expect(Math.max(...fanRates(moved))).toBeLessThanOrEqual(LR_LIMITS.max);
    expect(barRate(moved)).toBeCloseTo((0.8 * LR_LIMITS.max) / 2.1, 0);
    expect(new Set(fanRates(moved)).size).toBe(6);
  });

  test('a race: the followed racer’s own rate, the others untouched', () => {
    const race: Settings = { ...defaultSettings, mode: 'race' };
    expect(barRate(race, 2)).toBe(0.1);
    const moved = withBarRate(race, 0.02, 2);
    expect(moved.racers.map((r) => r.lr)).toEqual([0.1, 0.05, 0.02]);
    expect(withBarRate(race, 0.02).racers.map((r) => r.lr)).toEqual([0.02, 0.05, 0.1]);
  });
});
