import { beforeAll, describe, expect, test } from 'vitest';
import { simulate } from '../../src/core';
import { roundDown, valleyChanged, withSafeRate } from '../../src/state/safeRate';
import { formulaField, surfaceField } from '../../src/state/schema';
import { defaultSettings, type Settings } from '../../src/state/settings';
import { simulationInput } from '../../src/state/simulation';
import { surfaceOf } from '../../src/state/surface';
import { decodeSettings } from '../../src/state/url';
import { loadFormulas } from '../../src/state/surface';

// These read typed formulas: the reader loads on demand, as a page's does.
beforeAll(() => loadFormulas());

const statusOf = (s: Settings) => simulate({ ...simulationInput(s), surface: surfaceOf(s) }).status;
const decode = (query: string) => decodeSettings(new URLSearchParams(query));
const TWO_WELLS = 'x^4 - 4*x^2 + x';

describe('withSafeRate: a new valley under a rate that diverges on it', () => {
  test('the typed double well opens on a rate that converges, and a notice says why', () => {
    const { settings, notices } = decode(`surface=formula&formula=${encodeURIComponent(TWO_WELLS)}`);
    expect(settings.lr).toBe(0.055);
    expect(statusOf(settings)).toBe('converged');
    expect(notices).toEqual(['η set to 0.055: 0.3 diverges on this valley at once.']);
    // The run stays in the valley's box, where both wells show.
    const run = simulate({ ...simulationInput(settings), surface: surfaceOf(settings) });
    const [[lo, hi]] = surfaceOf(settings).domain as [[number, number]];
    expect(run.path.every(([x]) => x! >= lo && x! <= hi)).toBe(true);
  });

  test('choosing a valley in the panel: Rosenbrock and the double well get a rate that does not diverge', () => {
    for (const valley of ['rosenbrock', 'double-well', 'himmelblau', 'beale']) {
      const next = surfaceField.write(defaultSettings, valley);
      expect(statusOf(next), valley).toBe('diverged');
      const { settings, notice } = withSafeRate(defaultSettings, next);
      expect(statusOf(settings), valley).not.toBe('diverged');
      expect(settings.lr).toBeLessThan(0.3);
      expect(notice, valley).toMatch(new RegExp(`^η set to ${settings.lr}: 0\\.3 diverges on this valley`));
    }
    const typed = withSafeRate(defaultSettings, formulaField.write(defaultSettings, TWO_WELLS));
    expect(typed.settings.lr).toBe(0.055);
  });

  test('a rate that does not diverge on the new valley is kept, with no notice', () => {
    const next = surfaceField.write(defaultSettings, 'parabola');
    expect(withSafeRate(defaultSettings, next)).toEqual({ settings: next });
  });

  test('only when the valley changes: a rate the learner sets is never replaced', () => {
    const rosenbrock = { ...defaultSettings, surface: 'rosenbrock', lr: 0.001 };
    const dragged = { ...rosenbrock, lr: 0.3 };
    expect(valleyChanged(rosenbrock, dragged)).toBe(false);
    expect(withSafeRate(rosenbrock, dragged)).toEqual({ settings: dragged });
    // A link that gives the rate keeps it: the divergence is what it shows.
    expect(decode('surface=parabola&lr=2.5').settings.lr).toBe(2.5);
    expect(decode(`formula=${encodeURIComponent(TWO_WELLS)}&lr=0.3`).notices).toEqual([]);
    // A link without a valley is read as it is.
    expect(decode('optimizer=sgd').settings.lr).toBe(0.3);
  });

  test('a fan or a race keeps its rates: several rates are shown on purpose', () => {
    const fan = { ...defaultSettings, mode: 'fan' as const };
    expect(withSafeRate(fan, { ...fan, surface: 'rosenbrock' }).notice).toBeUndefined();
  });

  test('another typed formula is another valley; the same one is not', () => {
    const typed = formulaField.write(defaultSettings, 'x^2');
    expect(valleyChanged(typed, { ...typed, formula: 'x^4' })).toBe(true);
    expect(valleyChanged(typed, { ...typed, lr: 2 })).toBe(false);
  });

  test('roundDown keeps two significant digits and never rounds up', () => {
    expect([0.0554, 0.4, 0.29, 0.000998, 1.999, 12.34].map(roundDown)).toEqual([0.055, 0.4, 0.29, 0.00099, 1.9, 12]);
  });
});
