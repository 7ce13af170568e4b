import { watchMedia } from '../dom/media';
import { darkTheme, lightTheme, type Theme } from '../render/theme';

export type ThemeName = 'auto' | 'light' | 'dark';

/**
 * Light or dark: as chosen, or (`auto`) as the reader's system prefers, followed live. The root
 * carries `data-theme`, which the stylesheet reads.
 */
export class ThemeChoice {
  private choice: ThemeName;
  private readonly dark;
  theme: Theme = lightTheme;

  constructor(
    private readonly root: HTMLElement,
    choice: ThemeName,
    private readonly onChange: () => void,
  ) {
    this.choice = choice;
    this.dark = watchMedia('(prefers-color-scheme: dark)', () => this.apply());
    this.apply(false);
  }

  set(choice: ThemeName): void {
    this.choice = choice;
    this.apply();
  }

  /** Sets the theme of the moment; `announce`: tell `onChange` if it changed. */
  private apply(announce = true): void {
    const dark = this.choice === 'dark' || (this.choice !== 'light' && this.dark.matches);
    const theme = dark ? darkTheme : lightTheme;
    this.root.dataset.theme = theme.name;
    if (theme === this.theme) return;
    this.theme = theme;
    if (announce) this.onChange();
  }

  dispose(): void {
    this.dark.dispose();
  }
}
