import { expect, test, type Page } from '@playwright/test';
import { surfaceIds } from '../src/core';
import { collectErrors, colorsAt, data, hasColorNear, hashSettings, hikerOnPage, open, playground, waitForStatus, webglRenderer } from './helpers';

const ORANGE: [number, number, number] = [255, 122, 26];

const lrInput = (page: Page) => page.getByRole('textbox', { name: 'learning rate η', exact: true });
const transport = (page: Page, name: string) => page.locator('.lrp-transport').getByRole('button', { name });
const panelSelect = (page: Page, name: string) => page.locator('.lil-controller', { has: page.locator('.lil-name', { hasText: new RegExp(`^${name}$`) }) }).locator('select');
const totalSteps = async (page: Page): Promise<number> => Number(((await page.locator('.lrp-readouts dd').first().textContent()) ?? '').split('/')[1]);

test('loads with WebGL and draws the valley, its colour map and the hiker', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page);
  expect(await webglRenderer(page)).toContain('SwiftShader');
  await expect(playground(page)).toHaveAttribute('data-status', 'idle');
  const stage = (await page.locator('.lrp-stage').boundingBox())!;
  const [centre, corner] = await colorsAt(page, [
    [stage.x + stage.width * 0.53, stage.y + stage.height * 0.3],
    [stage.x + stage.width - 20, stage.y + 20],
  ]);
  // The colour map: dark blue-purple low in the bowl, yellow-green high in its corner.
  expect(centre![2]).toBeGreaterThan(centre![1]);
  expect(corner![1]).toBeGreaterThan(180);
  expect(corner![2]).toBeLessThan(120);
  expect(await hasColorNear(page, await hikerOnPage(page), ORANGE, 30)).toBe(true);
  expect(errors).toEqual([]);
});

test('a long walked trail is drawn as a line, never filled (rosenbrock, momentum, step 25)', async ({ page }) => {
  // The size at which PixiJS's batching once filled this trail (it depends on vertex counts).
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, 'surface=rosenbrock&optimizer=momentum&lr=0.001&steps=2000');
  const step = page.locator('.lrp-transport').getByRole('button', { name: 'Step' });
  for (let k = 0; k < 25; k++) await step.click();
  await expect(playground(page)).toHaveAttribute('data-step', '25');
  const stage = (await page.locator('.lrp-stage').boundingBox())!;
  const points: [number, number][] = [];
  for (let y = stage.y; y < stage.y + stage.height; y += 3) for (let x = stage.x; x < stage.x + stage.width; x += 3) points.push([x, y]);
  const orange = (await colorsAt(page, points)).filter(([r, g, b]) => r > 220 && g > 90 && g < 150 && b < 80).length;
  // The trail is 3 px wide and about a thousand pixels long; filled, its outline covers far more.
  expect(orange * 9).toBeLessThan(6000);
  expect(orange).toBeGreaterThan(50);
});

test('the 1-D valley draws its curve and the hiker on it', async ({ page }) => {
  await open(page, 'surface=parabola');
  const [hx, hy] = await hikerOnPage(page);
  expect(await hasColorNear(page, [hx, hy], ORANGE, 30)).toBe(true);
  // The curve passes right under the hiker's feet.
  expect(await hasColorNear(page, [hx, hy], [59, 110, 168], 6)).toBe(true);
});

test('typing a rate changes data-lr and the whole route at once', async ({ page }) => {
  await open(page, 'surface=parabola&lr=0.1');
  const before = await totalSteps(page);
  await lrInput(page).fill('0.5');
  await expect(playground(page)).toHaveAttribute('data-lr', '0.5');
  await expect.poll(() => totalSteps(page)).toBeLessThan(before);
  await expect.poll(async () => (await hashSettings(page)).get('lr')).toBe('0.5');
});

test('dragging the log slider sweeps the rate over decades, live', async ({ page }) => {
  await open(page, 'surface=parabola&lr=0.001');
  const slider = (await page.getByRole('slider', { name: 'learning rate' }).boundingBox())!;
  const y = slider.y + slider.height / 2;
  const seen = new Set<string>();
  await page.mouse.move(slider.x + slider.width * 0.2, y);
  await page.mouse.down();
  for (let k = 0; k <= 10; k++) {
    await page.mouse.move(slider.x + slider.width * (0.2 + 0.05 * k), y);
    seen.add(await data(page, 'lr'));
  }
  await page.mouse.up();
  const rates = [...seen].map(Number);
  expect(rates.length).toBeGreaterThan(5);
  expect(Math.max(...rates) / Math.min(...rates)).toBeGreaterThan(50);
  // Near the slider's 70 %: about 10^(−4 + 0.7·5) ≈ 0.3, where the parabola converges quickly.
  expect(Number(await data(page, 'lr'))).toBeGreaterThan(0.2);
  expect(Number(await data(page, 'lr'))).toBeLessThan(0.45);
  expect(await totalSteps(page)).toBeLessThan(60);
});

test('a walking hiker carries on along the new route instead of starting over', async ({ page }) => {
  await open(page, 'surface=rosenbrock&optimizer=momentum&lr=0.0005&autoplay=1&speed=6&steps=2000');
  await expect.poll(async () => Number(await data(page, 'step'))).toBeGreaterThanOrEqual(4);
  await lrInput(page).fill('0.0007');
  await expect(playground(page)).toHaveAttribute('data-lr', '0.0007');
  expect(Number(await data(page, 'step'))).toBeGreaterThanOrEqual(4);
  await expect(playground(page)).toHaveAttribute('data-status', 'playing');
});

for (const [query, status] of [
  ['surface=parabola&lr=2.5', 'diverged'],
  ['surface=parabola&lr=0.5', 'converged'],
  ['surface=parabola&lr=2&steps=40', 'max-steps'],
  ['surface=parabola&lr=2&patience=10', 'no-improvement'],
  ['surface=rosenbrock&lr=0.01', 'diverged'],
] as const) {
  test(`${query} with autoplay ends ${status}`, async ({ page }) => {
    await open(page, `${query}&autoplay=1&speed=200`);
    await waitForStatus(page, status);
    expect(Number(await data(page, 'loss'))).not.toBeNaN();
    if (status === 'diverged') {
      // The banner, the readouts and the timeline number the steps alike: the run ends at its last finite point.
      const last = await data(page, 'step');
      await expect(page.locator('.lrp-banner')).toContainText(`Diverged after step ${last}:`);
      await expect(page.locator('.lrp-readouts dd').first()).toHaveText(`${last} / ${last}`);
      await expect(page.locator('.lrp-timeline-label')).toHaveText(`step ${last} of ${last}`);
      // The cap, in words and in powers of ten.
      await expect(page.locator('.lrp-status')).toContainText(/would have pushed the loss past (a million|[\d.]+ × 10[⁰¹²³⁴⁵⁶⁷⁸⁹]+, a million times its loss at the start)/);
    }
  });
}

test('play, pause, step and reset drive data-status and data-step', async ({ page }) => {
  await open(page, 'surface=parabola&lr=0.1&speed=4');
  await transport(page, 'Step').click();
  await expect(playground(page)).toHaveAttribute('data-step', '1');
  await expect(playground(page)).toHaveAttribute('data-status', 'paused');
  await transport(page, 'Play').click();
  await expect(playground(page)).toHaveAttribute('data-status', 'playing');
  await transport(page, 'Pause').click();
  await expect(playground(page)).toHaveAttribute('data-status', 'paused');
  await transport(page, 'Reset').click();
  await expect(playground(page)).toHaveAttribute('data-status', 'idle');
  await expect(playground(page)).toHaveAttribute('data-step', '0');
});

test('dragging the hiker sets where it starts (2-D)', async ({ page }) => {
  await open(page, 'surface=quadratic');
  const [x, y] = await hikerOnPage(page);
  const loss = await data(page, 'loss');
  await page.mouse.move(x, y - 15);
  await page.mouse.down();
  await page.mouse.move(x + 60, y + 40, { steps: 5 });
  await page.mouse.move(x + 120, y + 80, { steps: 5 });
  await page.mouse.up();
  const [nx, ny] = await hikerOnPage(page);
  expect(nx).toBeGreaterThan(x + 100);
  expect(ny).toBeGreaterThan(y + 60);
  expect(await data(page, 'loss')).not.toBe(loss);
  await expect.poll(async () => (await hashSettings(page)).get('start')).not.toBe('-2.5,1.5');
});

test('dragging the hiker sets where it starts (1-D, touch)', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1000, height: 760 } });
  const page = await context.newPage();
  await open(page, 'surface=parabola');
  const [x, y] = await hikerOnPage(page);
  const client = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number, py: number) =>
    client.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y: py }] });
  await touch('touchStart', x, y - 15);
  for (let k = 1; k <= 6; k++) await touch('touchMove', x - 40 * k, y - 15);
  await touch('touchEnd', 0, 0);
  await expect.poll(async () => Number((await hashSettings(page)).get('start'))).toBeLessThan(1);
  await context.close();
});

test('clicking the valley moves the start there', async ({ page }) => {
  await open(page, 'surface=quadratic');
  const stage = (await page.locator('.lrp-stage').boundingBox())!;
  await page.mouse.click(stage.x + stage.width * 0.75, stage.y + stage.height * 0.75);
  await expect.poll(async () => (await hashSettings(page)).get('start')).toMatch(/^[\d.]+,-[\d.]+$/);
});

test('arrow keys nudge the start while the valley has focus', async ({ page }) => {
  await open(page, 'surface=parabola');
  await page.locator('.lrp-stage').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(async () => Number((await hashSettings(page)).get('start'))).toBeCloseTo(3 - 0.08 - 0.4, 6);
});

test('a URL round trip reproduces the exact scene, seed included', async ({ page, context }) => {
  await open(page, 'surface=himmelblau&optimizer=adam&lr=0.05&beta1=0.8&noise=2&seed=77&start=1.5,-2&steps=150&schedule=step&gamma=0.5&stepSize=40&speed=20');
  await expect.poll(async () => (await hashSettings(page)).get('seed')).toBe('77');
  const url = page.url();
  const first = { hash: await page.evaluate(() => location.hash), loss: await data(page, 'loss'), steps: await totalSteps(page) };
  const other = await context.newPage();
  await other.goto(`/${new URL(url).hash}`);
  await expect(playground(other)).toHaveAttribute('data-step', '0');
  await expect.poll(() => other.evaluate(() => location.hash)).toBe(first.hash);
  expect(await data(other, 'loss')).toBe(first.loss);
  expect(await totalSteps(other)).toBe(first.steps);
});

test('a hostile URL is ignored with notices, and markup never becomes markup', async ({ page }) => {
  const errors = collectErrors(page);
  page.on('dialog', () => errors.push('a dialog opened'));
  await page.goto('/?lr=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&surface=%3Cscript%3Ealert(2)%3C%2Fscript%3E#start=javascript:alert(3)&__proto__=1&constructor=x');
  await expect(playground(page)).toHaveAttribute('data-status', 'idle');
  const notices = page.locator('.lrp-notice p');
  await expect(notices).toHaveCount(5);
  await expect(page.locator('.lrp-notice p', { hasText: 'Ignored lr="<img src=x onerror=alert(1)>"' })).toHaveCount(1);
  await expect(page.locator('.lrp-notice p', { hasText: 'Ignored surface="<script>alert(2)</script>"' })).toHaveCount(1);
  expect(await page.locator('.lrp img, .lrp script').count()).toBe(0);
  await page.locator('.lrp-notice button').first().click();
  await expect(notices).toHaveCount(4);
  expect(errors).toEqual([]);
});

test('every valley plays to its end without a console error', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  for (const id of surfaceIds) {
    await open(page, `surface=${id}&autoplay=1&speed=500&steps=200`);
    await expect(playground(page)).toHaveAttribute('data-status', /converged|diverged|max-steps|no-improvement/, { timeout: 20_000 });
    expect(Number(await data(page, 'loss')), id).not.toBeNaN();
  }
  expect(errors).toEqual([]);
});

test('hovering the valley shows the loss under the pointer; the chart shows its value', async ({ page }) => {
  await open(page, 'surface=rosenbrock');
  const stage = (await page.locator('.lrp-stage').boundingBox())!;
  await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
  await expect(page.locator('.lrp-tip')).toContainText(/x .* · y .* · loss \d/);
  const chart = (await page.locator('.lrp-chart').boundingBox())!;
  await page.mouse.move(chart.x + chart.width * 0.5, chart.y + chart.height * 0.5);
  await expect(page.locator('.lrp-chart-hover text')).toContainText(/step \d+ · loss/);
});

test('the loss axis switches between log and linear', async ({ page }) => {
  await open(page, 'surface=parabola');
  await expect(page.locator('.lrp-chart')).toContainText('log scale');
  await page.locator('.lil-title', { hasText: 'View' }).click();
  await panelSelect(page, 'loss axis').selectOption({ label: 'linear' });
  await expect(page.locator('.lrp-chart')).toContainText('linear scale');
  await expect.poll(async () => (await hashSettings(page)).get('chart')).toBe('linear');
});

test('changing the valley in the panel redraws it and resets the start', async ({ page }) => {
  await open(page, 'surface=parabola&start=1');
  await panelSelect(page, 'valley').selectOption({ label: 'Rosenbrock banana (2-D)' });
  await expect(playground(page)).toHaveAttribute('data-dim', '2');
  await expect.poll(async () => (await hashSettings(page)).get('start')).toBe('-1.2,1');
});

test('with reduced motion, autoplay waits for the learner', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, 'surface=parabola&lr=0.5&autoplay=1');
  await page.waitForTimeout(500);
  await expect(playground(page)).toHaveAttribute('data-status', 'idle');
  await transport(page, 'Play').click();
  await waitForStatus(page, 'converged');
});

test('light and dark follow the colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  await expect(playground(page)).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(playground(page)).toHaveAttribute('data-theme', 'light');
});

test('fills a phone screen without horizontal scrolling', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await open(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const stage = (await page.locator('.lrp-stage').boundingBox())!;
  expect(stage.width).toBeGreaterThan(340);
  expect(stage.height).toBeGreaterThan(280);
  await page.close();
});
