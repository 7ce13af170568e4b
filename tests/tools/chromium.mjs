// Finds the Chromium the browser tests run in, shared by the pretest step and the Playwright config.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Playwright's own browser cache, where `npx playwright install chromium` puts its builds. */
function playwrightCache() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache).sort().reverse()) {
    for (const binary of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-linux/headless_shell', 'chrome-headless-shell-linux64/chrome-headless-shell']) {
      const path = join(cache, dir, binary);
      if (dir.startsWith('chromium') && existsSync(path)) return path;
    }
  }
  return undefined;
}

/** The Chromium to use: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's cache; undefined if none. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return playwrightCache();
}

/** Flags for headless Chromium on machines without a GPU or network: WebGL through SwiftShader. */
export const chromiumArgs = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
