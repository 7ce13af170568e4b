import { expect, test, type Locator, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { collectErrors, serveFolder, servePage, type Guest } from './helpers';

/**
 * `<lr-playground>` on a reveal.js 6 slide, as a lecturer writes it. reveal scales the whole slide
 * with a CSS transform (1.48 at 1920×1080, 0.74 at 960×540) and listens for its keys on the
 * document, so these tests check what that breaks: the picture's size, where clicks land, and
 * which keys reach the deck.
 */

const revealDist = dirname(createRequire(import.meta.url).resolve('reveal.js/reveal.css'));

const DECK = `<!doctype html><html><head><meta charset="utf-8"><title>A lecture</title>
<link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/black.css">
<script type="module" src="/lr-playground.js"></script></head>
<body><div class="reveal"><div class="slides">
<section><h1>Learning rates</h1><p>Too small, just right, too large.</p></section>
<section><lr-playground surface="parabola" lr="0.9"></lr-playground></section>
<section><h2>What we saw</h2></section>
</div></div>
<script type="module">
import Reveal from '/reveal/reveal.mjs';
const deck = new Reveal({ hash: false, transition: 'none', controls: false, progress: false });
window.deck = deck;
deck.initialize();
</script></body></html>`;

interface Deck {
  slide(h: number): void;
  getIndices(): { h: number };
  getScale(): number;
  isOverview(): boolean;
  isOverlayOpen(): boolean;
  isReady(): boolean;
  isPaused(): boolean;
}

/** Opens the deck at `width` × `height` on the playground's slide. */
async function openDeck(page: Page, width: number, height: number): Promise<Locator> {
  await page.setViewportSize({ width, height });
  await serveFolder(page, '/reveal', revealDist);
  await servePage(page, '/deck.html', DECK);
  await page.goto('/deck.html');
  await page.waitForFunction(() => (window as unknown as { deck?: Deck }).deck?.isReady());
  await page.evaluate(() => (window as unknown as { deck: Deck }).deck.slide(1));
  const element = page.locator('lr-playground');
  await expect(element).toHaveAttribute('data-step', /\d+/);
  await expect.poll(() => element.evaluate((e) => e.shadowRoot?.querySelector('.lrp-stage canvas') !== null)).toBe(true);
  return element;
}

const deckState = (page: Page) =>
  page.evaluate(() => {
    const deck = (window as unknown as { deck: Deck }).deck;
    return { paused: deck.isPaused(), overview: deck.isOverview(), overlay: deck.isOverlayOpen() };
  });
const slideIndex = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { deck: Deck }).deck.getIndices().h);
const deckScale = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { deck: Deck }).deck.getScale());

/** The stage's on-screen box, its layout size and its canvas's size in device pixels. */
const stageSizes = (element: Locator) =>
  element.evaluate((e) => {
    const stage = e.shadowRoot!.querySelector<HTMLElement>('.lrp-stage')!;
    const canvas = stage.querySelector('canvas')!;
    const box = stage.getBoundingClientRect();
    const [hx, hy] = (stage.dataset.hiker ?? '0,0').split(',').map(Number) as [number, number];
    return { box: { x: box.x, y: box.y, width: box.width }, layout: { width: stage.clientWidth, height: stage.clientHeight }, canvas: { width: canvas.width, height: canvas.height }, hiker: { x: hx, y: hy }, dpr: devicePixelRatio };
  });

/** Sets the start with the element's property, then waits until the hiker stands there. */
async function startAt(element: Locator, start: number[]): Promise<void> {
  const before = await element.evaluate((e) => e.shadowRoot!.querySelector<HTMLElement>('.lrp-stage')!.dataset.hiker);
  await element.evaluate((e: Guest, start) => (e.start = start), start);
  await expect.poll(() => element.evaluate((e) => e.shadowRoot!.querySelector<HTMLElement>('.lrp-stage')!.dataset.hiker)).not.toBe(before);
}

for (const [width, height, scale] of [
  [1920, 1080, 1.48],
  [960, 540, 0.74],
] as const) {
  test(`on a reveal.js slide scaled by ${scale} (${width}×${height}), it draws at its layout size and a click lands under the pointer`, async ({ page }) => {
    const errors = collectErrors(page);
    const element = await openDeck(page, width, height);
    expect(await deckScale(page)).toBeCloseTo(scale, 2);
    const sizes = await stageSizes(element);
    // The picture is as many pixels as the stage's layout box (not its scaled box) at the screen's density.
    expect(sizes.box.width / sizes.layout.width).toBeCloseTo(scale, 2);
    expect(sizes.canvas.width).toBe(Math.round(sizes.layout.width * sizes.dpr));
    expect(sizes.canvas.height).toBe(Math.round(sizes.layout.height * sizes.dpr));
    expect(sizes.hiker.x).toBeGreaterThan(0);
    expect(sizes.hiker.x).toBeLessThan(sizes.layout.width);

    for (const [surface, centre, away] of [
      ['parabola', [0], [2]],
      ['quadratic', [0, 0], [1.5, 1]],
    ] as const) {
      await element.evaluate((e, surface) => e.setAttribute('surface', surface), surface);
      await expect(element).toHaveAttribute('data-dim', String(centre.length));
      // Where the valley's centre is drawn, in the stage's layout pixels: the hiker standing there.
      await startAt(element, [...centre]);
      const { hiker, box } = await stageSizes(element);
      await startAt(element, [...away]);
      await page.mouse.click(box.x + hiker.x * scale, box.y + hiker.y * scale);
      await expect
        .poll(async () => (await element.evaluate((e: Guest) => e.start as number[])).map((v) => Math.abs(v) < 0.05), { message: `${surface}: the start moves to the centre` })
        .toEqual(centre.map(() => true));
    }
    expect(errors).toEqual([]);
  });
}

for (const [width, height] of [
  [1920, 1080],
  [960, 540],
] as const) {
  test(`on a reveal.js slide at ${width}×${height}, the loss chart and the rate sweep read the point under the pointer`, async ({ page }) => {
    const element = await openDeck(page, width, height);
    await element.evaluate((e: Guest) => {
      e.lr = 0.05;
      for (let k = 0; k < 12; k++) e.step();
    });
    await expect(element).toHaveAttribute('data-step', '12');
    // The marker of step 12, where the page shows it: the hover names that step.
    const marker = (await element.locator('.lrp-chart-markers circle').first().boundingBox())!;
    await page.mouse.move(marker.x + marker.width / 2, marker.y + marker.height / 2);
    await expect(element.locator('.lrp-chart-hover text')).toHaveText(/^step 12 ·/);

    await element.evaluate((e: Guest) => (e.tab = 'sweep'));
    const dots = element.locator('.lrp-sweep-dots > circle');
    await expect.poll(() => dots.count()).toBeGreaterThan(100);
    // A whole pixel: a click's coordinates are whole pixels, and a dot is about one pixel from the next.
    const box = (await dots.nth(40).boundingBox())!;
    const at = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] as const;
    await page.mouse.move(...at);
    const hover = (await element.locator('.lrp-sweep-hover').textContent()) ?? '';
    const rate = /^η ([\d.e−-]+):/.exec(hover)?.[1]?.replace('−', '-');
    expect(rate, hover).toBeDefined();
    // The rate named is the dot's under the pointer: its label stands 6 px beside that dot.
    const [cx, labelX] = await element.evaluate((e) => [
      Number(e.shadowRoot!.querySelectorAll('.lrp-sweep-dots > circle')[40]!.getAttribute('cx')),
      Number(e.shadowRoot!.querySelector('.lrp-sweep-hover')!.getAttribute('x')),
    ]);
    expect(Math.abs(Math.abs(labelX! - cx!) - 6)).toBeLessThan(2);
    await page.mouse.click(...at);
    await expect.poll(async () => Number(await element.getAttribute('data-lr')) / Number(rate)).toBeCloseTo(1, 2);
  });
}

test('on a reveal.js slide, the keys the focused playground uses never reach the deck; the others, and Escape twice, give them back', async ({ page }) => {
  const element = await openDeck(page, 1280, 720);
  // Slowly, so that the walk is still going when the test looks.
  await element.evaluate((e: Guest) => (e.speed = 0.5));
  const stage = element.locator('.lrp-stage');
  await stage.focus();
  await page.keyboard.press('Space');
  expect(await slideIndex(page)).toBe(1);
  await expect(element).toHaveAttribute('data-status', 'playing');
  await page.keyboard.press('Space');
  await expect(element).toHaveAttribute('data-status', 'paused');
  await page.keyboard.press('ArrowUp');
  await expect(element).not.toHaveAttribute('data-lr', '0.9');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  expect(await slideIndex(page)).toBe(1);

  // A control inside keeps the keys it uses: the timeline's arrows, a field's letters.
  await element.getByRole('slider', { name: 'Step of the run' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  expect(await slideIndex(page)).toBe(1);
  const field = element.getByRole('textbox', { name: /learning rate/i });
  await field.focus();
  await page.keyboard.type('0.05 n.');
  await expect(field).toBeFocused();
  expect(await slideIndex(page)).toBe(1);
  expect(await deckState(page)).toEqual({ paused: false, overview: false, overlay: false });

  await stage.focus();
  await page.keyboard.press('p');
  await expect(element).toHaveAttribute('data-presenter', 'on');
  expect(await slideIndex(page)).toBe(1);

  // `?` opens the playground's help, not the deck's; the first Escape closes it, and only it.
  await page.keyboard.press('Shift+Slash');
  await expect(element.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await deckState(page)).toEqual({ paused: false, overview: false, overlay: false });
  await page.keyboard.press('Escape');
  await expect(element.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  expect(await deckState(page)).toEqual({ paused: false, overview: false, overlay: false });

  // The next Escape leaves focus on the element itself; from there the deck's keys work again.
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('LR-PLAYGROUND');
  expect(await element.evaluate((e) => e.shadowRoot!.activeElement)).toBeNull();
  expect(await deckState(page)).toEqual({ paused: false, overview: false, overlay: false });
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideIndex(page)).toBe(2);

  // Not focused, the playground leaves every key to the deck.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => slideIndex(page)).toBe(1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => slideIndex(page)).toBe(0);
});
