import { expect, test, type Locator, type Page } from '@playwright/test';
import { data, open, playground, waitForStatus } from './helpers';

const slider = (page: Page) => page.getByRole('slider', { name: 'learning rate' });
const totalSteps = async (page: Page): Promise<number> => Number(((await page.locator('.lrp-readouts dd').first().textContent()) ?? '').split('/')[1]);

/** Whether an element's whole box lies inside the viewport. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const view = page.viewportSize()!;
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width + 0.5 && box.y + box.height <= view.height + 0.5;
}

test.describe('the valley and the rate slider are on screen together, with nothing to scroll', () => {
  const layouts: [string, { width: number; height: number }, string][] = [
    ['1280×720', { width: 1280, height: 720 }, ''],
    ['1920×1080', { width: 1920, height: 1080 }, ''],
    ['1280×720 presenter', { width: 1280, height: 720 }, 'presenter=1'],
    ['1920×1080 presenter', { width: 1920, height: 1080 }, 'presenter=1'],
    ['1024×768 presenter', { width: 1024, height: 768 }, 'presenter=1'],
    ['a 390×844 phone', { width: 390, height: 844 }, ''],
    ['a 844×390 phone on its side', { width: 844, height: 390 }, ''],
    ['a 390×844 phone, 1-D', { width: 390, height: 844 }, 'surface=parabola'],
  ];
  for (const [name, size, query] of layouts) {
    test(name, async ({ page }) => {
      await page.setViewportSize(size);
      await open(page, query);
      expect(await inViewport(page, page.locator('.lrp-stage'))).toBe(true);
      expect(await inViewport(page, page.locator('.lrp-ratebar'))).toBe(true);
      expect(await inViewport(page, slider(page))).toBe(true);
      expect((await page.locator('.lrp-stage').boundingBox())!.height).toBeGreaterThan(size.height / 4);
    });
  }

  test('a 600 px-high embed', async ({ page }) => {
    await page.route('**/post.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><script type="module" src="/lr-playground.js"></script><body style="margin:0"><lr-playground surface="parabola" lr="0.9"></lr-playground></body>',
      }),
    );
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto('/post.html');
    const element = page.locator('lr-playground');
    await expect(element).toHaveAttribute('data-step', /\d+/);
    const box = (await element.boundingBox())!;
    for (const part of ['.lrp-stage', '.lrp-ratebar']) {
      const inner = (await element.locator(part).boundingBox())!;
      expect(inner.y).toBeGreaterThanOrEqual(box.y);
      expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    }
  });
});

test.describe('the rate bar', () => {
  test('dragging the slider changes data-lr and the whole route, over decades', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.01');
    const before = await totalSteps(page);
    const box = (await slider(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    // 80 % of five decades from 10⁻⁴: about 1, where the parabola converges in a step or two.
    await expect.poll(async () => Number(await data(page, 'lr'))).toBeGreaterThan(0.5);
    await expect.poll(() => totalSteps(page)).toBeLessThan(before / 10);
  });

  test('it is a slider for the keyboard: arrows, Page Up/Down and Home/End', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.1');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(playground(page)).toHaveAttribute('data-lr', '0.102');
    await page.keyboard.press('PageUp');
    await expect.poll(async () => Number(await data(page, 'lr'))).toBeGreaterThanOrEqual(0.102 * 10 ** 0.1);
    await page.keyboard.press('Home');
    await expect(playground(page)).toHaveAttribute('data-lr', '0.0001');
    await page.keyboard.press('End');
    await expect(playground(page)).toHaveAttribute('data-lr', '10');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^10: diverges$/);
  });

  test('its value is typed in large type; a bad value is explained and the rate kept', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.1');
    const field = page.getByRole('textbox', { name: 'learning rate η', exact: true });
    await field.fill('0.5');
    await field.press('Enter');
    await expect(playground(page)).toHaveAttribute('data-lr', '0.5');
    await expect(field).toBeFocused();
    await field.fill('fast');
    await field.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.lrp-rate-verdict')).toContainText('not a learning rate');
    await expect(playground(page)).toHaveAttribute('data-lr', '0.5');
  });

  test('typing is undone by Escape, a refused entry changes nothing, and a decimal comma reads', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.1');
    const field = page.getByRole('textbox', { name: 'learning rate η', exact: true });
    const verdict = page.locator('.lrp-rate-verdict');
    // Typed key by key, each text that reads as a rate takes effect; "2,5x" is refused at Enter,
    // and the "2" taken on the way is undone.
    await field.click();
    await field.press('ControlOrMeta+a');
    await page.keyboard.type('2,5x');
    await field.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(verdict).toContainText('not a learning rate');
    await expect(playground(page)).toHaveAttribute('data-lr', '0.1');
    // Escape: the rate before the typing, its own words, no error, even after leaving the field.
    await field.press('Escape');
    await expect(field).toHaveValue('0.1');
    await expect(field).not.toHaveAttribute('aria-invalid');
    await expect(verdict).not.toContainText('not a learning rate');
    await page.keyboard.press('Tab');
    await expect(verdict).toContainText('η = 0.1');
    // ↑ and ↓ in the field step the rate as the slider's arrows do; with Shift, by a tenth of a decade.
    await field.focus();
    await page.keyboard.press('ArrowUp');
    await expect(playground(page)).toHaveAttribute('data-lr', '0.102');
    await expect(field).toHaveValue('0.102');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(playground(page)).toHaveAttribute('data-lr', '0.081');
    // A decimal comma is a decimal point.
    await field.fill('2,5');
    await field.press('Enter');
    await expect(playground(page)).toHaveAttribute('data-lr', '2.5');
    await expect(page.locator('.lrp-ratebar')).toHaveAttribute('data-zone', 'diverge');
  });

  test('the landmarks are named on the slider, and the verdict follows the rate', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.3');
    // Far enough apart on the bar to be named each beside its own line.
    await expect(page.locator('.lrp-rate-ticks > .lrp-rate-tick-label:not([hidden])')).toHaveText(['optimal 1', 'critical 2']);
    await expect(page.locator('.lrp-rate-verdict')).toContainText('lands short of the bottom');
    await page.getByRole('textbox', { name: 'learning rate η', exact: true }).fill('1.5');
    await expect(page.locator('.lrp-rate-verdict')).toContainText('overshoots the bottom but lands a little lower');
    await page.getByRole('textbox', { name: 'learning rate η', exact: true }).fill('2.5');
    await expect(page.locator('.lrp-ratebar')).toHaveAttribute('data-zone', 'diverge');
    await expect(page.locator('.lrp-rate-verdict')).toContainText('past the critical rate 2');
  });

  test('in a race it sets the followed racer’s rate', async ({ page }) => {
    await open(page, 'scene=banana-race&autoplay=0');
    await expect(page.locator('.lrp-rate-label')).toHaveText('η of Gradient descent');
    await expect(page.getByRole('slider', { name: 'learning rate of Gradient descent' })).toBeVisible();
    await page.locator('.lrp-legend li').nth(2).getByRole('button').click();
    await expect(page.locator('.lrp-rate-label')).toHaveText('η of Adam');
    await page.getByRole('textbox', { name: 'η of Adam', exact: true }).fill('0.02');
    await expect(page.locator('.lrp-legend li').nth(2)).toContainText('η = 0.02');
  });
});

test.describe('what the run shows', () => {
  test('a 1-D run that diverges keeps several growing bounces in view before the hiker leaves', async ({ page }) => {
    await open(page, 'surface=parabola&lr=2.5');
    const stage = (await page.locator('.lrp-stage').boundingBox())!;
    const step = page.locator('.lrp-transport').getByRole('button', { name: 'Step' });
    let inView = 0;
    for (let k = 1; k <= 8; k++) {
      await step.click();
      await expect(playground(page)).toHaveAttribute('data-step', String(k));
      const [x, y] = ((await page.locator('.lrp-stage').getAttribute('data-hiker')) ?? '').split(',').map(Number) as [number, number];
      if (x > 0 && x < stage.width && y > 0 && y < stage.height) inView++;
    }
    expect(inView).toBeGreaterThanOrEqual(6);
    // The axis says how far it zoomed out: the valley's own box is −4…4.
    const ticks = await page.locator('.lrp-axis-strip text').allTextContents();
    expect(Math.max(...ticks.map((t) => Math.abs(Number(t.replace('−', '-')))).filter(Number.isFinite))).toBeGreaterThan(10);
  });

  test('a fan keeps walking, and data-step keeps advancing, until its last hiker stops', async ({ page }) => {
    await open(page, 'scene=fan-1d&speed=40');
    await expect.poll(async () => (await page.locator('.lrp-legend').textContent()) ?? '').toContain('converged at 4');
    const then = Number(await data(page, 'step'));
    await expect.poll(async () => Number(await data(page, 'step'))).toBeGreaterThan(then + 5);
    await expect(playground(page)).toHaveAttribute('data-status', 'playing');
    // Its hikers end in different ways: the group has stopped, and the banner says so in short.
    await waitForStatus(page, /^stopped$/);
    expect(Number(await data(page, 'step'))).toBe(await totalSteps(page));
    await expect(page.locator('.lrp-banner')).toHaveText('All 6 stopped');
    await expect(page.locator('.lrp-timeline-ends > span')).toHaveCount(6);
  });

  test('a rate far past the critical one says so before play; the timeline always matches the run', async ({ page }) => {
    await open(page, 'surface=rosenbrock&lr=0.3');
    await expect(playground(page)).toHaveAttribute('data-status', 'idle');
    await expect(page.locator('.lrp-status')).toContainText('Too large: this run diverges');
    await expect(page.locator('.lrp-status')).toContainText(/the critical rate/);
    await page.getByRole('textbox', { name: 'learning rate η', exact: true }).fill('0.001');
    await expect.poll(() => totalSteps(page)).toBeGreaterThan(0);
    await expect(page.locator('.lrp-timeline-label')).toHaveText(`step 0 of ${await totalSteps(page)}`);
  });
});
