import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';

/**
 * A VitePress 1.6 site with a playground in its Markdown, built by the setup (`hosts/setup.ts`)
 * from `hosts/vitepress/` with the package installed from its tarball: rendered on the server,
 * upgraded in the browser.
 */

const PAGE = '/hosts/vitepress/index.html';

test('a VitePress page built from Markdown renders the element on the server, and it runs once upgraded', async ({ page, request }) => {
  const errors = collectErrors(page);
  // The server render kept the markup as written.
  const html = await (await request.get(PAGE)).text();
  expect(html).toMatch(/<lr-playground surface="parabola" lr="0.9" style="height:\s*560px;?">\s*<\/lr-playground>/);

  await page.goto(PAGE);
  const element = page.locator('.vp-doc lr-playground');
  await expect(element).toHaveAttribute('data-step', /\d+/);
  await expect(element).toHaveAttribute('data-lr', '0.9');
  expect((await element.boundingBox())!.height).toBe(560);
  await element.evaluate((e) => (e as unknown as { play(): void }).play());
  await expect.poll(async () => (await element.getAttribute('data-status')) ?? '').toMatch(/playing|converged/);
  // VitePress's type (16px, its own line-height and link colours) stays outside.
  expect(await element.locator('.lrp-title').evaluate((e) => getComputedStyle(e).textAlign)).toBe('start');
  expect(errors).toEqual([]);
});

test('in VitePress, the playground follows the site’s dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(PAGE);
  const element = page.locator('.vp-doc lr-playground');
  await expect(element).toHaveAttribute('data-step', /\d+/);
  await expect(element.locator('.lrp')).toHaveAttribute('data-theme', 'light');
  // The site's own switch: it puts `dark` on <html>, whose `color-scheme` becomes dark.
  const appearance = page.locator('.VPNavBar .VPSwitchAppearance:visible');
  await appearance.click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(element.locator('.lrp')).toHaveAttribute('data-theme', 'dark');
  await appearance.click();
  await expect(element.locator('.lrp')).toHaveAttribute('data-theme', 'light');
});
