import type { Settings } from '../state/settings';
import { essentialEntries } from '../state/url';

/** Text made safe inside a double-quoted HTML attribute. */
const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface EmbedCode {
  /** A `<script>` and an `<lr-playground>` with the settings as attributes. */
  readonly element: string;
  /** An `<iframe>` of `embed.html` with the settings in its URL, for pages that may not have scripts. */
  readonly iframe: string;
}

/**
 * The two ways to put these settings in someone else's page, for playground files served from
 * `base` (the folder holding `lr-playground.js` and `embed.html`). Only the settings that differ
 * from the defaults (or from the scene) are written.
 */
export function embedCode(settings: Settings, base: string): EmbedCode {
  const entries = essentialEntries(settings);
  const script = new URL('lr-playground.js', base).href;
  const attributes = entries.map(([key, value]) => ` ${key}="${attribute(value)}"`).join('');
  const page = new URL('embed.html', base);
  page.search = new URLSearchParams(entries).toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return {
    element: `<script type="module" src="${attribute(script)}"></script>\n<lr-playground${attributes}></lr-playground>`,
    iframe: `<iframe src="${attribute(page.href)}" title="Learning-rate playground" width="100%" height="600" loading="lazy" allow="fullscreen" style="border: 0"></iframe>`,
  };
}
