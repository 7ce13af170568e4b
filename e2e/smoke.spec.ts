import { expect, test } from '@playwright/test';

test('the page loads with WebGL on and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.locator('[data-playground]')).toHaveAttribute('data-status', 'converged');
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return info ? gl?.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'no WebGL';
  });
  expect(renderer).toContain('SwiftShader');
  expect(errors).toEqual([]);
});
