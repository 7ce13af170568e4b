/** The Chromium to use for browser tests, or undefined when there is none. */
export function findChromium(): string | undefined;
/** Command-line flags for headless Chromium with software WebGL. */
export const chromiumArgs: string[];
