import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectErrors, data, playground, webglRenderer } from './helpers';
import { chooseExport, downloadOf, exportField, gifInfo, pngSize } from './exportFiles';

/**
 * The offline copy, `dist/lr-playground-offline.html`, opened from disk with the network blocked:
 * everything it needs is inside it.
 */

const offline = fileURLToPath(new URL('../dist/lr-playground-offline.html', import.meta.url));

/** Blocks every request that is not to the file itself (or data inside it), and lists them. */
async function cutOff(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.setOffline(true);
  await context.route(/.*/, (route) => {
    const url = route.request().url();
    if (url.startsWith(pathToFileURL(offline).href)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return outside;
}

const openOffline = async (page: Page, suffix: string): Promise<void> => {
  await page.goto(`${pathToFileURL(offline).href}${suffix}`);
  await expect(playground(page)).toHaveAttribute('data-status', /.+/);
};

test('opened from file:// with no network, it plays parabola at lr=0.5 (from the hash) to converged', async ({ page, context }) => {
  expect(existsSync(offline), 'npm run build writes dist/lr-playground-offline.html').toBe(true);
  const outside = await cutOff(context);
  const errors = collectErrors(page);
  await openOffline(page, '#surface=parabola&lr=0.5');
  expect(await webglRenderer(page)).toContain('SwiftShader');
  expect(await data(page, 'lr')).toBe('0.5');
  await page.locator('.lrp-transport').getByRole('button', { name: 'Play' }).click();
  await expect(playground(page)).toHaveAttribute('data-status', 'converged', { timeout: 30_000 });
  // The scenes, the rate sweep (on the page, as no worker starts from disk) and the lesson.
  // The scene keys act from the valley (or the page), not on the Play button just clicked.
  await page.locator('.lrp-stage').focus();
  await page.keyboard.press('2');
  await expect(page.locator('.lrp-title small')).not.toHaveText('Gradient descent, one step at a time');
  await page.getByRole('tab', { name: 'Rate sweep' }).click();
  await expect(page.locator('.lrp-sweep-box')).toHaveAttribute('data-computed-in', 'page', { timeout: 30_000 });
  await openOffline(page, '?lesson=threshold');
  await expect(page.locator('[data-threshold]')).toHaveAttribute('data-threshold', '3');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('exports work from the offline copy: a PNG, and a GIF encoded on the page', async ({ page, context }) => {
  const outside = await cutOff(context);
  await openOffline(page, '#surface=parabola&lr=0.9');
  const picture = await downloadOf(page, () => chooseExport(page, 'Picture (PNG)'));
  expect(picture.name).toBe('lr-playground-parabola-lr0.9.png');
  expect(pngSize(picture.file)).toEqual({ width: 1920, height: 1080 });
  await chooseExport(page, 'Animation (GIF)…');
  await exportField(page.getByRole('dialog'), 'Width (pixels)').fill('320');
  const gif = await downloadOf(page, () => page.getByRole('dialog').getByRole('button', { name: 'Make the GIF' }).click());
  expect(gifInfo(gif.file).delays).toHaveLength(4);
  expect(outside).toEqual([]);
});
