import type { Theme } from '../render/theme';

/** The colours a figure is drawn in, as CSS colours: the scene's theme, and the page's for the card. */
export interface FigureColors {
  readonly background: string;
  /** The loss curve's card. */
  readonly surface: string;
  readonly ink: string;
  readonly muted: string;
  /** Grid lines and the card's edge. */
  readonly faint: string;
  readonly accent: string;
}

const css = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;

/** The figure's colours in `theme`: the scene's own, and the card colours of the page's stylesheet (`--lrp-surface`, `--lrp-faint`). */
export function figureColors(theme: Theme): FigureColors {
  const dark = theme.name === 'dark';
  return {
    background: css(theme.background),
    surface: dark ? '#1e2129' : '#ffffff',
    ink: css(theme.ink),
    muted: dark ? '#a3a9b6' : '#5f6573',
    faint: dark ? '#2e323d' : '#e4e2da',
    accent: css(theme.accent),
  };
}

/** The figure's type: the page's font stack (`--lrp-font`). */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
export const MONO_FAMILY = "ui-monospace, 'SF Mono', Menlo, 'DejaVu Sans Mono', monospace";
