import { expect, test, type Page } from '@playwright/test';
import { data, hashSettings, open, playground, waitForStatus } from './helpers';

const transport = (page: Page, action: string) => page.locator(`.lrp-transport [data-action=${action}]`);

test.describe('stability, made visible', () => {
  test('data-critical-lr is the critical rate at the hiker’s point, and absent for Adam', async ({ page }) => {
    await open(page, 'surface=parabola&a=2&lr=0.3');
    await expect(playground(page)).toHaveAttribute('data-critical-lr', '1');
    await open(page, 'surface=parabola&a=2&lr=0.3&optimizer=momentum&momentum=0.5');
    await expect(playground(page)).toHaveAttribute('data-critical-lr', '1.5');
    await open(page, 'surface=parabola&optimizer=adam&lr=0.3');
    await expect(playground(page)).not.toHaveAttribute('data-critical-lr', /.*/);
    await expect(page.locator('.lrp-stability')).toContainText('Adam rescales every step');
  });

  test('on a valley that is not quadratic, the critical rate moves with the hiker', async ({ page }) => {
    await open(page, 'surface=asymmetric&lr=0.1&start=-3');
    const before = Number(await data(page, 'critical-lr'));
    for (let k = 0; k < 15; k++) await transport(page, 'step').click();
    await expect.poll(async () => Number(await data(page, 'critical-lr'))).toBeLessThan(before / 2);
  });

  test('landmarks are marked on the rate slider, and one click snaps the rate to them', async ({ page }) => {
    await open(page, 'surface=quadratic&lr=0.45');
    // Too close on the bar for two labels: one names both.
    await expect(page.locator('.lrp-rate-ticks > .lrp-rate-tick-label:not([hidden])')).toHaveText(['optimal 0.4 · critical 0.5']);
    await expect(page.locator('.lrp-rate-bands > span')).toHaveText(['smooth', 'overshoots', 'diverges']);
    await expect(page.locator('.lrp-stability li')).toHaveText(['along x: ×0.55 per step, shrinking', 'along y: ×0.80 per step, shrinking while overshooting']);
    await page.locator('.lrp-landmark[data-kind=critical]').click();
    await expect(playground(page)).toHaveAttribute('data-lr', '0.5');
    await expect(page.locator('.lrp-stability li').nth(1)).toContainText('the edge');
    await page.locator('.lrp-landmark[data-kind=optimal]').click();
    await expect(playground(page)).toHaveAttribute('data-lr', '0.4');
  });

  test('the theory’s loss is drawn beside the measured curve on quadratic valleys only', async ({ page }) => {
    await open(page, 'surface=quadratic&lr=0.3');
    await expect(page.locator('.lrp-chart')).toHaveAttribute('aria-label', 'Loss against step: one run, and the theory’s prediction dashed');
    await open(page, 'surface=rosenbrock&lr=0.001');
    await expect(page.locator('.lrp-chart')).toHaveAttribute('aria-label', 'Loss against step: one run');
  });
});

test.describe('side by side', () => {
  test('a fan of 12 rates walks in sync, each in its colour, with a legend', async ({ page }) => {
    await open(page, 'surface=parabola&mode=fan&fan=12&spread=1000&lr=0.1&speed=200&autoplay=1');
    await expect(playground(page)).toHaveAttribute('data-hikers', '12');
    await expect(page.locator('.lrp-legend li')).toHaveCount(12);
    await expect(page.locator('.lrp-chart')).toHaveAttribute('aria-label', /^Loss against step: 12 runs/);
    // Twelve rates end in different ways: the group has stopped.
    await expect(playground(page)).toHaveAttribute('data-status', 'stopped', { timeout: 30_000 });
    await expect(page.locator('.lrp-legend')).toContainText('diverged after');
    await page.locator('.lrp-legend button').last().click();
    await expect(playground(page)).toHaveAttribute('data-lr', '3.16');
  });

  test('a race puts optimizers at their own rates on one valley', async ({ page }) => {
    await open(page, 'scene=banana-race');
    await expect(page.locator('.lrp-legend li')).toHaveText([/^Gradient descent · η = 0\.0015/, /^Momentum · η = 0\.0015/, /^Adam · η = 0\.05/]);
    await expect(page.locator('.lrp-title small')).toContainText('Rosenbrock’s banana');
  });

  test('the rate sweep plots hundreds of runs, marks the cliff, and a click replays that rate', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.1&tab=sweep');
    await expect(page.locator('.lrp-sweep-dots > *')).toHaveCount(300);
    // Worked out off the main thread.
    await expect(page.locator('.lrp-sweep-box')).toHaveAttribute('data-computed-in', 'worker');
    await expect(page.locator('.lrp-sweep-critical text')).toHaveText('critical 2');
    const plot = (await page.locator('.lrp-sweep').boundingBox())!;
    await page.mouse.click(plot.x + plot.width * 0.45, plot.y + plot.height / 2);
    await expect.poll(async () => Number(await data(page, 'lr'))).not.toBe(0.1);
    await expect(playground(page)).toHaveAttribute('data-status', /playing|converged|max-steps/);
  });
});

test.describe('time', () => {
  test('the timeline marks the run’s moments, and scrubbing goes back as well as forward', async ({ page }) => {
    await open(page, 'scene=bounce-1d');
    await expect(page.locator('.lrp-timeline-mark')).toHaveText(['overshoot', 'converged']);
    await waitForStatus(page, 'converged');
    await page.locator('.lrp-timeline input').fill('5');
    await expect(playground(page)).toHaveAttribute('data-step', '5');
    await expect(playground(page)).toHaveAttribute('data-status', 'paused');
    await transport(page, 'back').click();
    await expect(playground(page)).toHaveAttribute('data-step', '4');
    await open(page, 'scene=diverge-1d');
    await expect(page.locator('.lrp-timeline-mark[data-kind=diverging]')).toHaveText('diverging, overshoot');
  });

  test('the four steps are written out with this step’s numbers, for each optimizer', async ({ page }) => {
    await open(page, 'surface=parabola&a=2&lr=0.3&start=1.2');
    const narration = page.locator('.lrp-narration');
    await expect(narration).toContainText('x = 1.2');
    await expect(narration).toContainText('loss of 1.44');
    await expect(narration.locator('code')).toHaveText('x ← x − η·g = 1.2 − 0.3 × 2.4 = 0.48');
    await open(page, 'surface=parabola&optimizer=adam&lr=0.1&start=3');
    await expect(narration.locator('code')).toHaveText([
      'm ← β₁·m + (1−β₁)·g = 0.9 × 0 + 0.1 × 3 = 0.3',
      'v ← β₂·v + (1−β₂)·g² = 0.999 × 0 + 0.001 × 3² = 0.009',
      'm̂ = m / (1−β₁^1) = 3;  v̂ = v / (1−β₂^1) = 9',
      'x ← x − η·m̂ / (√v̂ + ε) = 3 − 0.1 × 3 / 3 = 2.9',
    ]);
  });
});

test.describe('presenting', () => {
  test('each scene is one click away in the menu, and one URL', async ({ page }) => {
    await open(page);
    await page.locator('.lrp-scenes').selectOption('ravine-zigzag');
    await expect(playground(page)).toHaveAttribute('data-status', 'playing');
    await expect.poll(async () => (await hashSettings(page)).get('scene')).toBe('ravine-zigzag');
    await expect(page.locator('.lrp-title small')).toContainText('zig-zag');
  });

  test('keyboard shortcuts: space, arrows, 1–9, p, c and ?', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.3');
    await page.keyboard.press('Space');
    await expect(playground(page)).toHaveAttribute('data-status', /playing|converged/);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect.poll(async () => (await hashSettings(page)).get('scene')).toBe('bounce-1d');
    await expect.poll(async () => Number(await data(page, 'step'))).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Space');
    await expect(playground(page)).toHaveAttribute('data-status', 'paused');
    const step = Number(await data(page, 'step'));
    await page.keyboard.press('ArrowRight');
    await expect(playground(page)).toHaveAttribute('data-step', String(step + 1));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(playground(page)).toHaveAttribute('data-step', String(step - 1));
    await page.keyboard.press('ArrowUp');
    await expect(playground(page)).toHaveAttribute('data-lr', '2.02');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(playground(page)).toHaveAttribute('data-lr', '1.14');
    await page.keyboard.press('p');
    await expect(playground(page)).toHaveAttribute('data-presenter', 'on');
    const schedule = page.locator('.lrp-panel .lil-title', { hasText: 'Schedule' });
    await page.keyboard.press('c');
    await expect(schedule).toBeHidden();
    await expect(page.getByRole('slider', { name: 'learning rate' })).toBeVisible();
    await page.keyboard.press('c');
    await expect(schedule).toBeVisible();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  });

  test('shortcuts leave typing alone', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.3');
    const input = page.getByRole('textbox', { name: 'learning rate η', exact: true });
    await input.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(playground(page)).toHaveAttribute('data-status', 'idle');
    expect((await hashSettings(page)).get('scene')).toBeUndefined();
  });

  test('f asks for fullscreen', async ({ page }) => {
    await open(page, 'surface=parabola');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.hasAttribute('data-playground') ?? false)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });

  test('presenter mode enlarges type and marks; controls can hide', async ({ page }) => {
    await open(page, 'surface=parabola');
    const size = async () => Number.parseFloat(await page.locator('.lrp-readouts dd').first().evaluate((e) => getComputedStyle(e).fontSize));
    const before = await size();
    await page.locator('.lrp-tools [data-action=presenter]').click();
    await expect(playground(page)).toHaveAttribute('data-presenter', 'on');
    expect(await size()).toBeGreaterThan(before * 1.2);
    await open(page, 'surface=parabola&presenter=1&controls=minimal');
    await expect(page.locator('.lrp-panel .lil-title', { hasText: 'Optimizer' })).toBeHidden();
    await expect(page.getByRole('slider', { name: 'learning rate' })).toBeVisible();
    await expect(page.locator('.lrp-stability')).toBeVisible();
    await open(page, 'surface=parabola&controls=none');
    await expect(page.locator('.lrp-panel')).toBeHidden();
  });
});
