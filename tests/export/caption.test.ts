import { beforeAll, describe, expect, test } from 'vitest';
import { captionOf } from '../../src/export/caption';
import { figureLayout } from '../../src/export/layout';
import { derive } from '../../src/state/derive';
import { decodeSettings } from '../../src/state/url';
import { loadFormulas } from '../../src/state/surface';

// These read typed formulas: the reader loads on demand, as a page's does.
beforeAll(() => loadFormulas());

const caption = (query: string): string => captionOf(derive(decodeSettings(new URLSearchParams(query)).settings));

describe('captionOf', () => {
  test('the valley, the optimizer, η, the steps and the outcome', () => {
    expect(caption('surface=parabola&lr=0.9')).toBe('Parabola · Gradient descent · η = 0.9 · 3 steps · converged');
    expect(caption('surface=parabola&lr=2.5')).toMatch(/^Parabola · Gradient descent · η = 2.5 · \d+ steps · diverged after step \d+$/);
  });

  test('a fan gives its rates’ range and counts its outcomes; a race names each racer', () => {
    expect(caption('scene=fan-1d')).toMatch(/^Parabola · Gradient descent · 6 rates η = 0.02 … 2.1 · \d+ steps · (\d+ [a-z ]+(, )?)+$/);
    expect(caption('scene=banana-race')).toMatch(/^Rosenbrock banana · Gradient descent η = [\d.]+ vs Momentum η = [\d.]+ vs Adam η = [\d.]+ · /);
  });

  test('a typed valley shows its formula', () => {
    expect(caption('formula=x^2')).toMatch(/^f = x\^2 · /);
  });
});

describe('figureLayout', () => {
  test.each([
    [960, 540],
    [640, 360],
    [160, 90],
  ])('%i × %i: caption on top, the valley and the chart side by side inside the figure, never overlapping', (width, height) => {
    const { caption: c, valley, chart } = figureLayout(width, height);
    expect(valley.y).toBeGreaterThanOrEqual(c.y + c.height);
    expect(valley.x + valley.width).toBeLessThanOrEqual(chart.x);
    expect(chart.x + chart.width).toBeLessThanOrEqual(width);
    expect(valley.y + valley.height).toBeLessThanOrEqual(height);
    expect(valley.width).toBeGreaterThan(chart.width);
    for (const box of [valley, chart]) expect(Number.isInteger(box.width) && Number.isInteger(box.height)).toBe(true);
  });
});
