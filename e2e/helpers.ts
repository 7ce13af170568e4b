import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';

/** Console errors and uncaught exceptions of a page, collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const playground = (page: Page) => page.locator('[data-playground]').first();

/** Opens the playground with a query string and waits until its first frame is drawn and all its parts are in place. */
export async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query ? `?${query}` : ''}`);
  await expect(playground(page)).toHaveAttribute('data-step', /\d+/);
  await expect(playground(page)).toHaveAttribute('data-ready');
}

export async function waitForStatus(page: Page, status: string | RegExp, timeout = 30_000): Promise<void> {
  await expect(playground(page)).toHaveAttribute('data-status', status, { timeout });
}

export const data = async (page: Page, name: string): Promise<string> => (await playground(page).getAttribute(`data-${name}`)) ?? '';

/** The settings in the page's hash, as a map. */
export const hashSettings = async (page: Page): Promise<Map<string, string>> =>
  new Map(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)));

/** The hiker's feet on the stage, in page pixels. */
export async function hikerOnPage(page: Page): Promise<[number, number]> {
  const stage = page.locator('.lrp-stage');
  const box = (await stage.boundingBox())!;
  const [x, y] = ((await stage.getAttribute('data-hiker')) ?? '0,0').split(',').map(Number) as [number, number];
  return [box.x + x, box.y + y];
}

/**
 * RGB colours of the rendered page at page-pixel points: the screenshot is decoded by the browser
 * itself, so the test reads what was really drawn. `decoder` is the page that decodes it (another
 * page when this one's Content-Security-Policy forbids fetching a data URL).
 */
export async function colorsAt(page: Page, points: readonly [number, number][], decoder: Page = page): Promise<[number, number, number][]> {
  const png = (await page.screenshot()).toString('base64');
  return decoder.evaluate(
    async ({ png, points }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      return points.map(([x, y]) => {
        const i = 4 * (Math.min(height - 1, Math.max(0, Math.round(y))) * width + Math.min(width - 1, Math.max(0, Math.round(x))));
        return [data[i], data[i + 1], data[i + 2]] as [number, number, number];
      });
    },
    { png, points },
  );
}

/** Whether any pixel in a square around a point is close to a colour. */
export async function hasColorNear(page: Page, [cx, cy]: [number, number], target: [number, number, number], radius = 24, tolerance = 60): Promise<boolean> {
  const points: [number, number][] = [];
  for (let dy = -radius; dy <= radius; dy += 2) for (let dx = -radius; dx <= radius; dx += 2) points.push([cx + dx, cy + dy]);
  const colors = await colorsAt(page, points);
  return colors.some(([r, g, b]) => Math.abs(r - target[0]) + Math.abs(g - target[1]) + Math.abs(b - target[2]) < tolerance);
}

/** The WebGL renderer string of the browser: SwiftShader on these machines, never a silent fallback. */
export const webglRenderer = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return info ? String(gl?.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL';
  });

/** Serves `html` at `path` of the test server's origin (with `headers`), as a writer's page would be. */
export async function servePage(page: Page, path: string, html: string, headers: Record<string, string> = {}): Promise<void> {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', headers, body: html }));
}

/** Serves the files of a folder under `prefix` of the test server's origin (a host's own scripts and styles). */
export async function serveFolder(page: Page, prefix: string, folder: string): Promise<void> {
  await page.route(`**${prefix}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(prefix.length);
    return route.fulfill({ path: join(folder, decodeURIComponent(path)) });
  });
}

/** A custom element's method or property, from the test's side. */
export type Guest = HTMLElement & Record<string, unknown> & { play(): void; pause(): void; step(): void; reset(): void };
