import { expect, test } from '@playwright/test';
import { open, playground, waitForStatus } from './helpers';

/** The slope of the data card's line, in the plot's own units (y grows downward in SVG). */
const lineSlope = (page: import('@playwright/test').Page) =>
  page.locator('.lrp-data-line').evaluate((line) => {
    const n = (name: string): number => Number(line.getAttribute(name));
    return -(n('y2') - n('y1')) / (n('x2') - n('x1'));
  });

test.describe('a real model: a line fitted to data', () => {
  test('the data card shows the points, the line of the hiker’s (w, b) and each point’s error', async ({ page }) => {
    await open(page, 'surface=fit-line&lr=0.1');
    const card = page.locator('.lrp-data');
    await expect(card).toBeVisible();
    await expect(card.locator('.lrp-data-point')).toHaveCount(12);
    await expect(card.locator('.lrp-data-residual')).toHaveCount(12);
    // The valley's coordinates are the model's parameters, and named so.
    await expect(page.locator('.lrp-axes .lrp-axis-title')).toHaveText(['w', 'b']);
    const before = await lineSlope(page);
    await expect(card.locator('.lrp-data-caption')).toContainText('Mean squared error');
    await page.locator('.lrp-transport [data-action=step]').click();
    await expect(playground(page)).toHaveAttribute('data-step', '1');
    await expect.poll(() => lineSlope(page)).not.toBe(before);
    await page.locator('.lrp-transport [data-action=play]').click();
    await waitForStatus(page, 'converged');
    const loss = Number(await playground(page).getAttribute('data-loss'));
    expect(loss).toBeLessThan(0.3);
  });

  test('too large a rate swings the line wildly until the run diverges', async ({ page }) => {
    await open(page, 'surface=fit-line&lr=0.4&autoplay=1');
    await waitForStatus(page, 'diverged');
    await expect(page.locator('.lrp-data-caption')).not.toContainText('NaN');
  });

  test('other valleys have no data card', async ({ page }) => {
    await open(page, 'surface=rosenbrock');
    await expect(page.locator('.lrp-data')).toBeHidden();
  });
});
