import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatNumber, simulate } from '../src/core';
import { data, hashSettings, open, playground, waitForStatus } from './helpers';

/** The rules the playground meets: WCAG 2.1 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The element that has focus, inside shadow roots too: its tag, name and box. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return undefined;
    const box = element.getBoundingClientRect();
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return { tag: element.tagName.toLowerCase(), name, box: { x: box.x, y: box.y, width: box.width, height: box.height } };
  });

test.describe('axe finds nothing', () => {
  const states: [string, string, ((page: Page) => Promise<void>)?][] = [
    ['the default page', ''],
    ['a 2-D valley walking', 'surface=rosenbrock&lr=0.001&autoplay=1'],
    ['a fan', 'scene=fan-1d'],
    ['a race', 'scene=banana-race'],
    ['the rate sweep, and its table', 'tab=sweep', async (page) => {
      await expect(page.locator('.lrp-sweep-dots > *')).toHaveCount(300);
      await page.getByRole('button', { name: 'Show as a table' }).click();
      await expect(page.locator('.lrp-table tbody tr')).toHaveCount(300);
    }],
    ['presenter mode', 'presenter=1'],
    ['the help dialog', '', async (page) => {
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    }],
    ['the embed dialog', '', async (page) => {
      await page.locator('[data-action=embed]').click();
      await expect(page.getByRole('dialog', { name: 'Embed this playground' })).toBeVisible();
    }],
    ['the loss table', 'surface=parabola&lr=1.8', async (page) => {
      await page.getByRole('button', { name: 'Show as a table' }).click();
    }],
    ['the guided lesson', 'lesson=loop'],
    ['the hand simulation', 'lesson=threshold'],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, query, act] of states) {
      test(`${name} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${query ? `?${query}` : ''}`);
        await expect(playground(page)).toHaveAttribute('data-status', /.+/);
        await act?.(page);
        expect(await violations(page)).toEqual([]);
      });
    }

    test(`a post with two embeds (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.route('**/post.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><script type="module" src="/lr-playground.js"></script></head>
<body><main><h1>A post</h1><lr-playground surface="parabola" lr="0.9"></lr-playground><lr-playground surface="quadratic" lr="0.3" controls="minimal"></lr-playground></main></body></html>`,
        }),
      );
      await page.goto('/post.html');
      for (const element of await page.locator('lr-playground').all()) {
        await element.scrollIntoViewIfNeeded();
        await expect(element).toHaveAttribute('data-step', /\d+/);
      }
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('keyboard only', () => {
  test('change the rate, play, pause, step, move the start, switch the valley and the optimizer', async ({ page }) => {
    await open(page, 'surface=quadratic&lr=0.1');
    const tabTo = async (name: RegExp, most = 60): Promise<void> => {
      for (let k = 0; k < most; k++) {
        await page.keyboard.press('Tab');
        const at = await focused(page);
        if (at && name.test(`${at.tag} ${at.name}`)) return;
      }
      throw new Error(`no Tab stop named ${name}`);
    };
    // The rate slider is a few Tabs from the top.
    let tabs = 0;
    for (; tabs < 30; tabs++) {
      await page.keyboard.press('Tab');
      if ((await focused(page))?.name === 'learning rate') break;
    }
    expect(tabs).toBeLessThan(14);
    await page.keyboard.press('PageUp');
    await expect.poll(async () => Number(await data(page, 'lr'))).toBeGreaterThan(0.1);
    // Play and pause with the focused Play button: Space presses it.
    await tabTo(/^button Play$/);
    await page.keyboard.press('Space');
    await expect(playground(page)).toHaveAttribute('data-status', /playing|converged/);
    await page.keyboard.press('Enter');
    await expect(playground(page)).toHaveAttribute('data-status', /paused|converged/);
    await tabTo(/^button Step$/);
    const before = Number(await data(page, 'step'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number(await data(page, 'step'))).toBe(before + 1);
    // The start moves with the arrows on the valley.
    await tabTo(/roledescription|^div The valley/);
    const hiker = await page.locator('.lrp-stage').getAttribute('data-hiker');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.lrp-stage')).not.toHaveAttribute('data-hiker', hiker!);
    // A menu of the panel keeps focus through the rebuild it causes.
    await tabTo(/^select/);
    const valley = page.locator('.lil-controller[data-key=surface] select');
    await valley.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('[data-key]')?.getAttribute('data-key'))).toBe('surface');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('[data-key]')?.getAttribute('data-key'))).toBe('surface');
    const optimizer = page.locator('.lil-controller[data-key=optimizer] select');
    await optimizer.focus();
    await page.keyboard.press('ArrowDown');
    await expect(playground(page)).not.toHaveAttribute('data-lr', '');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('[data-key]')?.getAttribute('data-key'))).toBe('optimizer');
  });

  test('each dialog opens from its button, holds focus, closes on Escape and gives focus back', async ({ page }) => {
    await open(page);
    for (const [opener, dialog] of [
      ['Keyboard shortcuts', 'Keyboard shortcuts'],
      ['Embed', 'Embed this playground'],
    ] as const) {
      const button = page.locator('.lrp-tools').getByRole('button', { name: opener, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      const box = page.getByRole('dialog', { name: dialog });
      await expect(box).toBeVisible();
      // Tab stays inside: the page behind is inert.
      for (let k = 0; k < 8; k++) {
        await page.keyboard.press('Tab');
        // Focus may leave for the browser's own controls, never for the page behind.
        expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('dialog') !== null)).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(box).toBeHidden();
      await expect(button).toBeFocused();
    }
  });

  test('copying the embed code is said aloud, not only written on the button', async ({ page }) => {
    await open(page);
    await page.locator('.lrp-tools').getByRole('button', { name: 'Embed', exact: true }).click();
    const box = page.getByRole('dialog', { name: 'Embed this playground' });
    await box.getByRole('button', { name: 'Copy' }).first().click();
    // Headless, the clipboard may refuse: then the code is selected, and that is said instead.
    await expect(box.getByRole('status')).toHaveText(/^(Copied to the clipboard\.|The code is selected: press Ctrl\+C to copy it\.)$/);
  });

  test('Space on a focused button presses it, never plays; single-key shortcuts can be switched off, and stay off', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.3');
    await page.locator('.lrp-transport').getByRole('button', { name: 'Step' }).focus();
    await page.keyboard.press('Space');
    await expect(playground(page)).toHaveAttribute('data-step', '1');
    await expect(playground(page)).toHaveAttribute('data-status', 'paused');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('checkbox', { name: /Single-key shortcuts on/ }).uncheck();
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('p');
    await page.keyboard.press('3');
    await expect(playground(page)).toHaveAttribute('data-presenter', 'off');
    await page.reload();
    await expect(playground(page)).toHaveAttribute('data-step', /\d+/);
    await page.keyboard.press('p');
    await expect(playground(page)).toHaveAttribute('data-presenter', 'off');
  });

  test('the scene keys act only from the valley or the page, never on a focused control; the help says exactly that', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.3');
    for (const control of [page.getByRole('button', { name: 'Hear the run' }), page.locator('.lrp-transport').getByRole('button', { name: 'Reset' })]) {
      await control.focus();
      await page.keyboard.press('4');
      // The letters still act on a focused button: once P has, the 4 before it has been handled too.
      await page.keyboard.press('p');
      await expect(playground(page)).toHaveAttribute('data-presenter', 'on');
      await page.keyboard.press('p');
      await expect(playground(page)).toHaveAttribute('data-presenter', 'off');
      await expect(playground(page)).toHaveAttribute('data-lr', '0.3');
    }
    expect((await hashSettings(page)).get('scene')).toBeUndefined();
    await page.locator('.lrp-stage').focus();
    await page.keyboard.press('4');
    await expect.poll(async () => (await hashSettings(page)).get('scene')).toBe('diverge-1d');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('3');
    await expect.poll(async () => (await hashSettings(page)).get('scene')).toBe('bounce-1d');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('The scene keys 1 – 9 replace your whole setup, so they act only while the valley or nothing has focus.');
  });

  test('Play says what a press does, with no pressed state beside it; the rate slider’s value text is the rate', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.3');
    const play = page.locator('.lrp-transport [data-action=play]');
    await expect(play).toHaveAccessibleName('Play');
    await expect(play).not.toHaveAttribute('aria-pressed');
    await play.click();
    await expect(play).toHaveAccessibleName('Pause');
    await expect(play).not.toHaveAttribute('aria-pressed');
    // The native value is log10 η; the value text, which Chromium passes on as the slider's "valuetext", is η itself.
    const rate = page.getByRole('slider', { name: 'learning rate' });
    await expect(rate).toHaveAttribute('aria-valuetext', /^0\.3(: \w+)?$/);
    await rate.focus();
    await page.keyboard.press('PageUp');
    await expect(rate).toHaveAttribute('aria-valuetext', /^0\.9\d*(: \w+)?$/);
  });

  test('the rate sweep’s runs can be chosen and used with the keyboard', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.1&tab=sweep');
    await expect(page.locator('.lrp-sweep-dots > *')).toHaveCount(300);
    const sweep = page.getByRole('slider', { name: /^Rate sweep/ });
    // Before any key, the slider stands at the run nearest the rate in force (rates 10^(−4 + 5i/299)).
    await expect(sweep).toHaveAttribute('aria-valuenow', String(Math.round(((Math.log10(0.1) + 4) / 5) * 299)));
    await expect(sweep).toHaveAttribute('aria-valuetext', /^η 0\.0985, the rate in force: converged at step \d+$/);
    await sweep.focus();
    await page.keyboard.press('End');
    await expect(sweep).toHaveAttribute('aria-valuetext', /^η 10: diverged$/);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Enter');
    // Sixty runs below the last: about a decade lower, near 1.
    await expect.poll(async () => Number(await data(page, 'lr'))).toBeGreaterThan(0.5);
    await expect(playground(page)).toHaveAttribute('data-lr', String(Number((10 ** (-4 + (5 * 239) / 299)).toPrecision(3))));
  });
});

test('every Tab stop shows where focus is, at 3:1 or more against what surrounds it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await open(page, 'surface=quadratic&lr=0.1');
  const decoder = await browser.newPage();
  /** The largest contrast between a pixel with focus and the same pixel without, and how many changed. */
  const compare = (a: Buffer, b: Buffer) =>
    decoder.evaluate(
      async ({ a, b }) => {
        const pixels = async (png: string) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        };
        const [p, q] = [await pixels(a), await pixels(b)];
        const lum = (d: Uint8ClampedArray, i: number) => {
          const c = [d[i]!, d[i + 1]!, d[i + 2]!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
        };
        let changed = 0;
        let contrast = 1;
        for (let i = 0; i < Math.min(p.length, q.length); i += 4) {
          const [x, y] = [lum(p, i), lum(q, i)];
          const ratio = (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
          if (ratio > 1.05) changed++;
          contrast = Math.max(contrast, ratio);
        }
        return { changed, contrast };
      },
      { a: a.toString('base64'), b: b.toString('base64') },
    );
  const seen: string[] = [];
  const weak: string[] = [];
  for (let k = 0; k < 80; k++) {
    await page.keyboard.press('Tab');
    const at = await focused(page);
    if (!at) break;
    const key = `${at.tag} ${at.name} ${Math.round(at.box.x)},${Math.round(at.box.y)}`;
    if (seen.includes(key)) break;
    seen.push(key);
    const view = page.viewportSize()!;
    const x = Math.max(0, at.box.x - 6);
    const y = Math.max(0, at.box.y - 6);
    const clip = { x, y, width: Math.min(view.width - x, at.box.width + 12), height: Math.min(view.height - y, at.box.height + 12) };
    if (clip.width < 4 || clip.height < 4) continue;
    const withFocus = await page.screenshot({ clip, animations: 'disabled' });
    // The same place without focus: move it to the document, take the picture, and come back.
    await page.evaluate(() => {
      let element: Element | null = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      (element as HTMLElement).dataset.probe = '';
      (element as HTMLElement).blur();
    });
    const without = await page.screenshot({ clip, animations: 'disabled' });
    await page.evaluate(() => (document.querySelector('[data-probe]') as HTMLElement).focus());
    await page.evaluate(() => document.querySelector('[data-probe]')?.removeAttribute('data-probe'));
    const { changed, contrast } = await compare(withFocus, without);
    if (changed < 20 || contrast < 3) weak.push(`${key}: ${changed} pixels changed, at most ${contrast.toFixed(2)}:1`);
  }
  expect(seen.length).toBeGreaterThan(20);
  expect(weak).toEqual([]);
});

test.describe('for a listener', () => {
  test('a full run is announced a few times, not at every step: the start and the end once', async ({ page }) => {
    await open(page, 'surface=parabola&lr=0.5&speed=8');
    const announcer = page.locator('[role=status][aria-live=polite].lrp-sr-only');
    await page.locator('.lrp-transport').getByRole('button', { name: 'Play' }).click();
    await expect(announcer).toHaveText(/^Walking from the start/);
    await waitForStatus(page, 'converged');
    await expect(announcer).toHaveText(/^Converged at step 8/);
    await page.waitForTimeout(500);
    expect(Number(await announcer.getAttribute('data-count'))).toBe(2);
    // A long run at 40 steps a second: a progress line every four seconds at most.
    await open(page, 'scene=crawl-1d');
    const start = Date.now();
    await waitForStatus(page, 'max-steps');
    const seconds = (Date.now() - start) / 1000;
    expect(Number(await announcer.getAttribute('data-count'))).toBeLessThanOrEqual(3 + Math.ceil(seconds / 4));
  });

  test('during a run only the announcer speaks: no other live region changes, and the timeline says its step when asked', async ({ page }) => {
    await open(page, 'surface=parabola&lr=1.8&speed=30');
    await page.evaluate(() => {
      const live = '[aria-live]:not([aria-live="off"]), [role=status], [role=log], [role=alert], [role=timer], [role=marquee], output';
      const changed: string[] = [];
      (window as unknown as { liveChanges: string[] }).liveChanges = changed;
      new MutationObserver((records) => {
        for (const record of records) {
          const node = record.target instanceof Element ? record.target : record.target.parentElement;
          const region = node?.closest(live);
          if (region) changed.push(`${region.tagName.toLowerCase()}.${region.className}`);
        }
      }).observe(document.querySelector('[data-playground]')!, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.locator('.lrp-transport').getByRole('button', { name: 'Play' }).click();
    await waitForStatus(page, 'converged');
    const changes = await page.evaluate(() => (window as unknown as { liveChanges: string[] }).liveChanges);
    expect(changes.length).toBeGreaterThan(0);
    expect([...new Set(changes)]).toEqual(['p.lrp-sr-only']);
    const last = await data(page, 'step');
    await expect(page.getByRole('slider', { name: 'Step of the run' })).toHaveAttribute('aria-valuetext', new RegExp(`^step ${last} of ${last}, loss [0-9.]+`));
  });

  test('an overshoot that lowers the loss is told as one: it crossed the bottom, and the loss fell', async ({ page }) => {
    await open(page, 'surface=parabola&lr=1.8&speed=8');
    const announcer = page.locator('[role=status][aria-live=polite].lrp-sr-only');
    await page.locator('.lrp-transport').getByRole('button', { name: 'Play' }).click();
    await expect(announcer).toHaveText(/^Step 1 overshot: it crossed the bottom and landed on the other side, and the loss still fell, from 4\.5 to 2\.88\./);
  });

  test('the valley’s description follows the hiker: its loss is data-loss; D says it', async ({ page }) => {
    await open(page, 'surface=quadratic&lr=0.45');
    const describedBy = (await page.locator('.lrp-stage').getAttribute('aria-describedby'))!;
    const description = page.locator(`#${describedBy}`);
    await expect(description).toContainText('Quadratic bowl, a 2-D valley. Its lowest point is at x 0, y 0');
    for (let k = 0; k < 3; k++) {
      await page.locator('.lrp-transport').getByRole('button', { name: 'Step' }).click();
      await expect(playground(page)).toHaveAttribute('data-step', String(k + 1));
      await expect(description).toContainText(`where the loss is ${formatNumber(Number(await data(page, 'loss')), 3)}`);
    }
    await expect(description).toContainText('The last step overshot: it crossed the bottom');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('d');
    await expect(page.locator('[role=status][aria-live=polite].lrp-sr-only')).toContainText('Step 3 of');
  });

  test('a fan, heard: each hiker in the valley’s description and in the end announcement; the theory’s column says whose', async ({ page }) => {
    await open(page, 'scene=fan-1d');
    await page.getByRole('slider', { name: 'Step of the run' }).focus();
    await page.keyboard.press('End');
    await expect(playground(page)).toHaveAttribute('data-step', '100');
    const describedBy = (await page.locator('.lrp-stage').getAttribute('aria-describedby'))!;
    await expect(page.locator(`#${describedBy}`)).toContainText(/Each hiker: η = 0\.02 ran out of steps at loss [\d.]+; η = 0\.2 .*; η = 2\.1 diverged after step \d+\./);
    const announcer = page.locator('[role=status][aria-live=polite].lrp-sr-only');
    await expect(announcer).toHaveText(/^All 6 stopped: [^.]+\. η = 0\.02 ran out of steps at loss [\d.]+; η = 0\.2 converged at step \d+; .*; η = 2\.1 diverged after step \d+\.?$/);
    await page.getByRole('button', { name: 'Show as a table' }).click();
    await expect(page.locator('.lrp-table thead th').last()).toHaveText('loss the theory predicts for η = 0.8');
  });

  test('the loss and the sweep as tables, equal to the runs', async ({ page }) => {
    await open(page, 'surface=parabola&lr=1.8');
    const run = simulate({ surface: 'parabola', lr: 1.8 });
    await page.getByRole('button', { name: 'Show as a table' }).click();
    const rows = page.locator('.lrp-table tbody tr');
    await expect(rows).toHaveCount(run.stoppedAt + 1);
    await expect(page.locator('.lrp-table caption')).toHaveText(/^The loss fell from 4\.5 to .* overshooting the bottom/);
    for (const k of [0, 1, 7, run.stoppedAt]) await expect(rows.nth(k).locator('td').first()).toHaveText(formatNumber(run.losses[k]!));
    await page.getByRole('tab', { name: 'Rate sweep' }).click();
    await expect(rows).toHaveCount(300);
    await expect(rows.last()).toContainText('diverged');
  });

  test('the run heard as sound: one note a step, overshoots and the divergence cued', async ({ page }) => {
    await page.addInitScript(() => {
      const heard: { type: string; frequency: number }[] = ((window as unknown as { heard: unknown[] }).heard = []);
      const create = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        const oscillator = create.call(this);
        const start = oscillator.start.bind(oscillator);
        oscillator.start = (when?: number) => {
          heard.push({ type: oscillator.type, frequency: oscillator.frequency.value });
          start(when);
        };
        return oscillator;
      };
    });
    await open(page, 'surface=parabola&lr=2.5');
    const run = simulate({ surface: 'parabola', lr: 2.5 });
    await page.getByRole('button', { name: 'Hear the run' }).click();
    const heard = () => page.evaluate(() => (window as unknown as { heard: { type: string }[] }).heard);
    await expect.poll(async () => (await heard()).length).toBe(run.stoppedAt + 2);
    const types = (await heard()).map((h) => h.type);
    expect(types.at(-1)).toBe('sawtooth');
    expect(types.filter((t) => t === 'triangle').length).toBeGreaterThan(run.stoppedAt / 2);
    await page.getByRole('button', { name: 'Trace the valley' }).click();
    await expect.poll(async () => (await heard()).length).toBeGreaterThan(run.stoppedAt + 40);
  });
});

test.describe('reflow and forced colours', () => {
  for (const query of ['', 'presenter=1']) {
    test(`320 px wide loses nothing${query ? ' in presenter mode' : ''}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await open(page, query);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      for (const name of ['Back', 'Play', 'Step', 'Reset']) {
        const box = (await page.locator('.lrp-transport').getByRole('button', { name }).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
      }
    });
  }

  test('an embed 288 px wide keeps every button in reach', async ({ page }) => {
    await page.setViewportSize({ width: 340, height: 800 });
    await page.route('**/post.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/lr-playground.js"></script><body style="margin:0;padding:20px"><lr-playground surface="parabola" style="width:288px"></lr-playground></body>' }),
    );
    await page.goto('/post.html');
    const element = page.locator('lr-playground');
    await expect(element).toHaveAttribute('data-step', /\d+/);
    const host = (await element.boundingBox())!;
    for (const name of ['Back', 'Play', 'Step', 'Reset']) {
      const box = (await element.locator('.lrp-transport').getByRole('button', { name }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(host.x + host.width + 0.5);
    }
  });

  test('forced colours keep the focus ring and the drawn valley', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page, 'surface=parabola');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await expect(page.locator('.lrp-stage canvas')).toBeVisible();
  });
});
