import type { ThemeAttribute } from './settingTypes';

/**
 * The theme of an `auto` playground, from its host's computed `color-scheme`: a page that names one
 * scheme alone (a dark blog theme's `color-scheme: dark`, VitePress's dark mode) decides it; a page
 * that names none (`normal`) or both leaves it to the reader's system, as before.
 */
export function themeFromColorScheme(colorScheme: string): ThemeAttribute {
  const words = colorScheme.trim().toLowerCase().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  if (dark && !light) return 'dark';
  if (light && !dark) return 'light';
  return 'auto';
}

/**
 * Calls `changed` when the page may have changed the host's `color-scheme`: any attribute of the
 * root element or the body (pages switch to a dark mode with a class, a style or a data attribute),
 * or the host's own class or style. Returns the function that stops watching.
 */
export function watchColorScheme(host: HTMLElement, changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, { attributes: true });
  observer.observe(host, { attributes: true, attributeFilter: ['class', 'style'] });
  return () => observer.disconnect();
}
