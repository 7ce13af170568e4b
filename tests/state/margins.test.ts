import { describe, expect, test } from 'vitest';
import { scaleMargins } from '../../src/state/margins';

describe('scaleMargins', () => {
  const margins = { top: 26, right: 14, bottom: 28, left: 46 };

  test('larger type, more room, in whole pixels', () => {
    expect(scaleMargins(margins, 1.5)).toEqual({ top: 39, right: 21, bottom: 42, left: 69 });
    expect(scaleMargins(margins, 1.33)).toEqual({ top: 35, right: 19, bottom: 37, left: 61 });
  });

  test('never less room than the usual type’s, whatever the scale says', () => {
    for (const scale of [1, 0.5, 0, -2, Number.NaN, Number.POSITIVE_INFINITY]) expect(scaleMargins(margins, scale)).toEqual(margins);
  });
});
