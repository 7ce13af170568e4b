import { createPlayground } from './playground';
import { decodeSettings, encodeSettings, locationEntries } from './state/url';

/**
 * The standalone page: settings come from the URL (query, then hash, which wins), and the hash
 * follows every change, so the address bar always holds a link to the exact scene.
 */
const root = document.querySelector<HTMLElement>('[data-playground]');
if (!root) throw new Error('index.html has no [data-playground] element');

const { settings, notices } = decodeSettings(locationEntries(location.search, location.hash));

let pending: number | undefined;
const writeHash = (next: typeof settings): void => {
  clearTimeout(pending);
  // While a slider is dragged, the address bar is updated a few times a second, not every frame.
  pending = window.setTimeout(() => history.replaceState(null, '', `${location.pathname}${location.search}#${encodeSettings(next)}`), 150);
};

await createPlayground(root, { settings, notices, onSettingsChange: writeHash, keyboardTarget: document, embedBase: new URL('.', location.href).href });
writeHash(settings);
