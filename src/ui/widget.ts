import type { Presentation } from '../state/present';

/** A part of the page that draws each frame's presentation. */
export interface Widget {
  update(presentation: Presentation): void;
}

/** A card a page adds beside the playground's own (the guided lesson's questions), kept up to date with it. */
export interface SideCard extends Widget {
  readonly element: HTMLElement;
}

/** The page's title in the header: the playground's own, or that of a page that is more (the guided lesson). */
export interface Title {
  readonly heading: string;
  readonly tagline: string;
  /** Whether the teaching scenes are offered (menu and keys); a guided lesson, which a scene would replace, offers none. */
  readonly scenes?: boolean;
}
