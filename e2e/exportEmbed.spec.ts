import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { collectErrors } from './helpers';
import { elementBlob, gifInfo, hostPage, pngSize, STRICT_CSP } from './exportFiles';

/** `toBlob` on `<lr-playground>`: the same files as the Export menu, for a writer's build script. */

const fileOf = (result: Awaited<ReturnType<typeof elementBlob>>): Buffer => {
  if ('error' in result) throw new Error(result.error);
  return result.file;
};

test('toBlob makes each format; a bad format or option is refused by name', async ({ page }) => {
  const errors = collectErrors(page);
  await hostPage(page, `<lr-playground id="a" surface="parabola" lr="0.9" theme="dark"></lr-playground>`);
  expect(pngSize(fileOf(await elementBlob(page, 'a', 'png', { width: 800 })))).toEqual({ width: 800, height: 450 });
  const gif = gifInfo(fileOf(await elementBlob(page, 'a', 'gif', { width: 320, from: 1, to: 3 })));
  expect([gif.width, gif.height, gif.delays.length]).toEqual([320, 180, 3]);
  const csv = fileOf(await elementBlob(page, 'a', 'csv')).toString('utf8');
  expect(csv.split('\n')[1]).toMatch(/^1,SGD|^1,Gradient descent/);
  expect(await elementBlob(page, 'a', 'tiff')).toEqual({ error: 'invalid format: "tiff" (must be one of png, gif, mp4, webm, csv, json)' });
  expect(await elementBlob(page, 'a', 'gif', { width: 5000 })).toEqual({ error: 'invalid width: 5000 (must be a whole number from 160 to 1920)' });
  expect(await elementBlob(page, 'a', 'gif', { to: 99 })).toEqual({ error: 'invalid to: 99 (must be a whole number from 1 to 3)' });
  expect(await elementBlob(page, 'a', 'png', { fps: 10 })).toEqual({ error: 'invalid option: "fps" (png takes width, theme)' });
  expect(await elementBlob(page, 'a', 'png', { theme: 'sepia' })).toEqual({ error: 'invalid theme: "sepia" (must be light or dark)' });
  expect(errors).toEqual([]);
});

test('under a strict Content-Security-Policy, the GIF is encoded in the worker beside the script, and on the page where workers are forbidden or missing, to the same bytes', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  const element = `<lr-playground id="a" surface="quadratic" lr="0.3" steps="8"></lr-playground>`;
  await hostPage(page, element, STRICT_CSP);
  const inWorker = fileOf(await elementBlob(page, 'a', 'gif', { width: 320 }));
  expect(workers).toContain('/lr-playground-gif.js');
  expect(pngSize(fileOf(await elementBlob(page, 'a', 'png')))).toEqual({ width: 1920, height: 1080 });
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

  // A page that allows no worker at all.
  await hostPage(page, element, `${STRICT_CSP}; worker-src 'none'`);
  const forbidden = fileOf(await elementBlob(page, 'a', 'gif', { width: 320 }));
  expect(forbidden.equals(inWorker)).toBe(true);

  // A writer who copied only lr-playground.js and its export chunks, not the worker.
  await page.route('**/lr-playground-gif.js', (route) => route.fulfill({ status: 404, body: '' }));
  await hostPage(page, element);
  const missing = fileOf(await elementBlob(page, 'a', 'gif', { width: 320 }));
  expect(missing.equals(inWorker)).toBe(true);
});

test('toBlob waits for a playground not yet built (far below the fold) and changes nothing in it', async ({ page }) => {
  await hostPage(page, `<div style="height: 5000px"></div><lr-playground id="a" surface="parabola" lr="0.5"></lr-playground>`);
  const file = fileOf(await elementBlob(page, 'a', 'gif', { width: 200 }));
  expect(gifInfo(file).width).toBe(200);
  const a = page.locator('#a');
  await expect(a).toHaveAttribute('data-step', '0');
  await expect(a).toHaveAttribute('data-status', 'idle');
});

test('a poster shows at once in the element’s place, before its playground is built, and goes once the scene has drawn', async ({ page }) => {
  const picture = await readFile(fileURLToPath(new URL('./__screenshots__/screenshots.spec.ts/presenter-crawl-1d.png', import.meta.url)));
  await page.route('**/poster.png', (route) => route.fulfill({ contentType: 'image/png', body: picture }));
  const errors = collectErrors(page);
  await hostPage(page, `<div style="height: 5000px"></div><lr-playground id="a" surface="parabola" poster="/poster.png"></lr-playground>`);
  const a = page.locator('#a');
  const poster = a.locator('img.lrp-poster');
  await expect(poster).toHaveAttribute('src', '/poster.png');
  await expect(poster).toHaveJSProperty('hidden', false);
  await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await a.scrollIntoViewIfNeeded();
  await expect(a).toHaveAttribute('data-step', '0');
  await expect(poster).toBeHidden();
  // Not a setting, so not reported as an ignored one.
  await expect(a.locator('.lrp-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});
