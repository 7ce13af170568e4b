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

test.describe('the hand simulation', () => {
  test('contract: lesson=threshold&autoplay=1 plays through by itself to t = 4 and five right', async ({ page }) => {
    await page.goto('/?lesson=threshold&autoplay=1');
    await expect(playground(page)).toHaveAttribute('data-status', 'playing');
    await waitForStatus(page, 'done');
    await expect(playground(page)).toHaveAttribute('data-threshold', '4');
    await expect(playground(page)).toHaveAttribute('data-correct', '5');
    await expect(page.getByText('The threshold ended at t = 4')).toBeVisible();
    // The lesson does not rewrite the address: it is not the playground's settings.
    expect(new URL(page.url()).hash).toBe('');
  });

  test('the learner guesses each answer before it is shown, and steps back and forth', async ({ page }) => {
    await page.goto('/?lesson=threshold');
    await expect(playground(page)).toHaveAttribute('data-status', 'idle');
    await expect(playground(page)).toHaveAttribute('data-threshold', '3');
    await expect(page.getByText('Example 1 of 5: the number 2')).toBeVisible();
    await page.getByRole('button', { name: 'The model says YES' }).click();
    await expect(page.getByText('You guessed YES; the model said NO.')).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'The model says YES' }).click();
    await expect(page.getByText('You guessed the model’s answer.')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Example 3 of 5: the number 4')).toBeVisible();
    await page.keyboard.press('y');
    await expect(page.getByText('Wrong: it said YES to a NO, so t moves up by 1 to 4.')).toBeVisible();
    await expect(playground(page)).toHaveAttribute('data-threshold', '4');
    await page.keyboard.press('ArrowLeft');
    await expect(playground(page)).toHaveAttribute('data-threshold', '3');
    await expect(playground(page)).not.toHaveAttribute('data-correct', /.*/);
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(playground(page)).toHaveAttribute('data-step', '0');
  });

  test('an unknown lesson opens the playground with a notice', async ({ page }) => {
    await page.goto('/?lesson=nope&surface=parabola');
    await expect(page.locator('.lrp-notice')).toContainText('lesson="nope"');
    await expect(playground(page)).toHaveAttribute('data-step', '0');
  });
});
