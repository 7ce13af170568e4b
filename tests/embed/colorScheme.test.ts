import { describe, expect, test } from 'vitest';
import { themeFromColorScheme } from '../../src/embed/colorScheme';

describe('themeFromColorScheme', () => {
  test('a page that names one scheme alone decides the theme', () => {
    expect(themeFromColorScheme('dark')).toBe('dark');
    expect(themeFromColorScheme('only dark')).toBe('dark');
    expect(themeFromColorScheme('light')).toBe('light');
    expect(themeFromColorScheme(' LIGHT only ')).toBe('light');
  });

  test('a page that names none, or both, leaves it to the reader’s system', () => {
    for (const scheme of ['normal', '', 'light dark', 'dark light', 'only light dark']) expect(themeFromColorScheme(scheme)).toBe('auto');
  });
});
