import { expect, test, type Page } from '@playwright/test';
import { collectErrors, data, hashSettings, open, playground, waitForStatus } from './helpers';

const field = (page: Page) => page.getByRole('textbox', { name: 'f(x, y) =', exact: true });
const message = (page: Page) => page.locator('.lrp-formula-message');

/** Types a formula as a learner does, key by key. */
async function type(page: Page, text: string): Promise<void> {
  await field(page).fill('');
  await field(page).pressSequentially(text, { delay: 5 });
}

test('typing a formula makes a new valley, with its exact slopes and curvature', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, 'surface=quadratic&lr=0.1');
  await page.locator('.lil-controller', { has: page.locator('.lil-name', { hasText: /^valley$/ }) }).locator('select').selectOption({ label: 'Your own formula…' });
  await expect(field(page)).toBeVisible();
  await type(page, '(x - 1)^2 + 4*(y + 0.5)^2');
  await expect.poll(async () => (await hashSettings(page)).get('formula')).toBe('(x - 1)^2 + 4*(y + 0.5)^2');
  await expect(message(page)).not.toHaveAttribute('data-error', '');
  // The start of the typed valley, its loss and slope, as the core gives them.
  const loss = Number(await data(page, 'loss'));
  const [x, y] = (await hashSettings(page)).get('start')!.split(',').map(Number) as [number, number];
  expect(loss).toBeCloseTo((x - 1) ** 2 + 4 * (y + 0.5) ** 2, 10);
  // A quadratic: the critical rate is 2 / the largest curvature (8).
  expect(Number(await data(page, 'critical-lr'))).toBeCloseTo(0.25, 10);
  await page.locator('.lrp-transport [data-action=play]').click();
  await waitForStatus(page, 'converged');
  await expect(page.locator('.lrp-axes .lrp-axis-title')).toHaveText(['x', 'y']);
  expect(errors).toEqual([]);
});

test('an invalid formula is explained under the field and the valley stays as it was', async ({ page }) => {
  await open(page, 'formula=x^2%2By^2');
  const before = await data(page, 'loss');
  await type(page, 'x^2 + 2y');
  await expect(message(page)).toHaveAttribute('data-error', '');
  await expect(message(page)).toContainText('An operator is missing before “y” at character 8. Write 2*y for 2 times y. The valley stays as it was.');
  await expect(field(page)).toHaveAttribute('aria-invalid', '');
  expect(await data(page, 'loss')).toBe(before);
  expect((await hashSettings(page)).get('formula')).toBe('x^2+y^2');
  for (const bad of ['constructor', 'alert(1)', '__proto__', 'x.constructor', '`x`']) {
    await type(page, bad);
    await expect(message(page)).toHaveAttribute('data-error', '');
    expect(await data(page, 'loss')).toBe(before);
  }
  // Fixing it takes the new valley at once.
  await type(page, 'x^2 + 2*y^2');
  await expect(message(page)).not.toHaveAttribute('data-error', '');
  await expect.poll(async () => (await hashSettings(page)).get('formula')).toBe('x^2 + 2*y^2');
});

test('a formula that diverges ends like any divergence, never showing NaN', async ({ page }) => {
  await open(page, 'formula=x^4&lr=0.5&autoplay=1&speed=200');
  await waitForStatus(page, 'diverged');
  await expect(page.locator('.lrp-banner')).toContainText(/Diverged after step \d+/);
  expect(Number(await data(page, 'loss'))).not.toBeNaN();
  await expect(playground(page)).not.toContainText('NaN');
  // Where the formula is undefined (a square root of a negative number), the run stops there too.
  await open(page, 'formula=sqrt(x)&lr=1&autoplay=1&speed=200');
  await waitForStatus(page, 'diverged');
  await expect(playground(page)).not.toContainText('NaN');
});

test('examples fill the field; a bad formula in the URL is named and the default valley kept', async ({ page }) => {
  await open(page, 'formula=x^2');
  await page.locator('.lil-controller', { has: page.locator('.lil-name', { hasText: /^examples$/ }) }).locator('select').selectOption({ label: 'Rosenbrock’s banana' });
  await expect(field(page)).toHaveValue('(1 - x)^2 + 100*(y - x^2)^2');
  await expect(playground(page)).toHaveAttribute('data-dim', '2');
  await open(page, 'formula=sin(x');
  await expect(page.locator('.lrp-notices')).toContainText('Ignored formula="sin(x": it cannot be read (the parenthesis opened at character 4 is never closed)');
  await expect(playground(page)).toHaveAttribute('data-dim', '2');
});
