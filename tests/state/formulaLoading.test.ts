import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../src/state/settings';
import { formulaSurface, formulasLoaded, loadFormulas, surfaceOf } from '../../src/state/surface';
import { decodeSettings, needsFormulas } from '../../src/state/url';

// In order: the reader is not there until loaded, as on a page.
describe('the formula reader, loaded on demand', () => {
  test('which entries need it: a formula given, or the typed valley chosen', () => {
    expect(needsFormulas([['formula', 'x^2']])).toBe(true);
    expect(needsFormulas([['surface', 'formula']])).toBe(true);
    expect(needsFormulas([['surface', 'rosenbrock'], ['lr', '0.001']])).toBe(false);
    expect(needsFormulas([])).toBe(false);
  });

  test('before it loads, a formula is not read: a clear notice, and a valley still to walk', () => {
    expect(formulasLoaded()).toBe(false);
    expect(formulaSurface('x^2')).toBeInstanceOf(Error);
    const { settings, notices } = decodeSettings([['formula', 'x^2 + y^2']]);
    expect(settings.formula).toBe(defaultSettings.formula);
    expect(notices.join(' ')).toMatch(/formula.*has not loaded yet/);
    const stand = surfaceOf({ ...defaultSettings, surface: 'formula' });
    expect(stand.id).toBe('quadratic');
    expect(Number.isFinite(stand.f(stand.start))).toBe(true);
  });

  test('once loaded (once, however often asked), formulas are read', async () => {
    await Promise.all([loadFormulas(), loadFormulas()]);
    expect(formulasLoaded()).toBe(true);
    const { settings, notices } = decodeSettings([['surface', 'formula'], ['formula', 'x^2 + y^2']]);
    expect(notices).toEqual([]);
    expect(surfaceOf(settings).dim).toBe(2);
    expect(surfaceOf(settings).f([1, 2])).toBeCloseTo(5);
  });
});
