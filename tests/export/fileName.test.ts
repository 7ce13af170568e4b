import { beforeAll, describe, expect, test } from 'vitest';
import { exportFileName } from '../../src/export/fileName';
import { defaultSettings, type Settings } from '../../src/state/settings';
import { decodeSettings } from '../../src/state/url';
import { loadFormulas } from '../../src/state/surface';

// These read typed formulas: the reader loads on demand, as a page's does.
beforeAll(() => loadFormulas());

const from = (query: string): Settings => decodeSettings(new URLSearchParams(query)).settings;

describe('exportFileName', () => {
  test.each([
    ['surface=parabola&lr=0.9', 'gif', 'lr-playground-parabola-lr0.9.gif'],
    ['surface=rosenbrock&optimizer=adam&lr=0.05', 'png', 'lr-playground-rosenbrock-adam-lr0.05.png'],
    ['surface=parabola&lr=0.0001', 'csv', 'lr-playground-parabola-lr0.0001.csv'],
    ['scene=fan-1d', 'json', 'lr-playground-parabola-fan-lr0.02-2.1.json'],
    ['scene=banana-race', 'mp4', 'lr-playground-rosenbrock-race-sgd-momentum-adam.mp4'],
    ['formula=x^4 - 4*x^2&lr=0.3', 'webm', 'lr-playground-formula-lr0.3.webm'],
  ])('%s as %s: %s', (query, format, name) => {
    expect(exportFileName(from(query), format as never)).toBe(name);
  });

  test('holds only lower-case letters, digits, dots and dashes', () => {
    expect(exportFileName({ ...defaultSettings, surface: 'My Valley/../x' }, 'png')).toMatch(/^[a-z0-9.-]+$/);
  });
});
