import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, colorsAt, open } from './helpers';

/**
 * `<lr-playground>` as a guest in other people's pages. Each test serves its own host page from
 * the preview server's origin, so the element's module is loaded exactly as a blog would load it.
 */

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

interface HostOptions {
  readonly csp?: string;
  /** Whether the page loads the element's module itself (else the test adds it). */
  readonly module?: boolean;
}

/** Serves `body` as /host.html, with the element's module in the head, and opens it. */
async function host(page: Page, body: string, options: HostOptions = {}): Promise<void> {
  const module = options.module ?? true;
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>A post</title>
${module ? '<script type="module" src="/lr-playground.js"></script>' : ''}</head>
<body>${body}</body></html>`;
  await page.route('**/host.html*', (route) =>
    route.fulfill({ contentType: 'text/html', headers: options.csp ? { 'content-security-policy': options.csp } : {}, body: html }),
  );
  await page.goto('/host.html');
  if (module) await page.waitForFunction(() => customElements.get('lr-playground') !== undefined);
}

/** The chosen option of each of the panel's menus. */
const choices = (element: Locator): Promise<string[]> =>
  element.locator('.lrp-panel select').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''));

const ready = async (element: Locator): Promise<void> => {
  await expect(element).toHaveAttribute('data-step', /\d+/);
};

/** Whether the element's valley canvas holds a live WebGL context (not a still picture or nothing). */
const liveCanvas = (element: Locator): Promise<boolean> =>
  element.evaluate((e) => {
    const canvas = e.shadowRoot?.querySelector<HTMLCanvasElement>('.lrp-stage canvas:not(.lrp-still)');
    const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
    return gl ? !gl.isContextLost() : false;
  });

const liveCount = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('lr-playground')].filter((e) => {
        const canvas = e.shadowRoot?.querySelector<HTMLCanvasElement>('.lrp-stage canvas:not(.lrp-still)');
        return canvas !== null && canvas !== undefined;
      }).length,
  );

/** Whether the middle of the element's valley shows more than the empty card: a drawn scene. */
async function drawn(page: Page, element: Locator, decoder: Page = page): Promise<boolean> {
  const stage = element.locator('.lrp-stage');
  const box = await stage.boundingBox();
  if (!box) return false;
  const points: [number, number][] = [];
  // A dense grid: a 1-D valley is mostly plain ground, its curve and trail a few pixels wide.
  for (let i = 1; i < 24; i++) for (let j = 1; j < 16; j++) points.push([box.x + (box.width * i) / 24, box.y + (box.height * j) / 16]);
  const colors = await colorsAt(page, points, decoder);
  const distinct = new Set(colors.map((c) => c.map((v) => v >> 4).join(',')));
  return distinct.size >= 3;
}

test('two playgrounds on one page keep their own state, events and data attributes', async ({ page }) => {
  const errors = collectErrors(page);
  await host(
    page,
    `<p>First</p><lr-playground id="a" surface="parabola" lr="0.1"></lr-playground>
     <p>Second</p><lr-playground id="b" surface="rosenbrock" lr="0.001" theme="dark"></lr-playground>`,
    { module: false },
  );
  const globalsBefore = await page.evaluate(() => Object.keys(window).length);
  expect(globalsBefore).toBeGreaterThan(0);
  await page.addScriptTag({ type: 'module', url: '/lr-playground.js' });
  const a = page.locator('#a');
  const b = page.locator('#b');
  await ready(a);
  await ready(b);
  await expect(a).toHaveAttribute('data-lr', '0.1');
  await expect(b).toHaveAttribute('data-lr', '0.001');
  await expect(b.locator('.lrp')).toHaveAttribute('data-theme', 'dark');

  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const id of ['a', 'b']) {
      const element = document.getElementById(id)!;
      element.addEventListener('step', (e) => seen.push(`${id} step ${(e as CustomEvent<{ step: number }>).detail.step}`));
      element.addEventListener('statuschange', (e) => seen.push(`${id} ${(e as CustomEvent<{ status: string }>).detail.status}`));
    }
  });
  await a.evaluate((e: HTMLElement & { step(): void }) => {
    e.step();
    e.step();
    e.step();
  });
  await expect(a).toHaveAttribute('data-step', '3');
  await expect(b).toHaveAttribute('data-step', '0');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toContain('a step 3');
  expect(seen.some((s) => s.startsWith('b'))).toBe(false);

  await b.evaluate((e: HTMLElement & { play(): void }) => e.play());
  await expect(b).toHaveAttribute('data-status', 'playing');
  await expect.poll(async () => Number(await b.getAttribute('data-step'))).toBeGreaterThan(5);
  await b.evaluate((e: HTMLElement & { pause(): void }) => e.pause());
  await expect(b).toHaveAttribute('data-status', 'paused');
  await expect(a).toHaveAttribute('data-step', '3');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain('b paused');
  await a.evaluate((e: HTMLElement & { reset(): void }) => e.reset());
  await expect(a).toHaveAttribute('data-step', '0');

  // A good guest: the host's URL and globals are left as they were (the test added `seen`).
  expect(page.url()).toMatch(/\/host\.html$/);
  expect(await page.evaluate(() => Object.keys(window).filter((k) => k !== 'seen').length)).toBe(globalsBefore);
  expect(await page.evaluate(() => Object.keys(window).filter((k) => /pixi|lrp|playground/i.test(k)))).toEqual([]);
  expect(errors).toEqual([]);
});

test('attribute changes apply live, and a bad one is explained without breaking the playground', async ({ page }) => {
  await host(page, `<lr-playground id="a" surface="parabola" lr="0.1"></lr-playground>`);
  const a = page.locator('#a');
  await ready(a);
  await a.evaluate((e) => e.setAttribute('lr', '0.5'));
  await expect(a).toHaveAttribute('data-lr', '0.5');
  await a.evaluate((e) => e.setAttribute('surface', 'rosenbrock'));
  await expect(a).toHaveAttribute('data-dim', '2');
  await expect(a).toHaveAttribute('data-lr', '0.5');
  await a.evaluate((e) => e.setAttribute('lr', 'banana'));
  await expect(a.locator('.lrp-notice')).toContainText('banana');
  await expect(a).toHaveAttribute('data-lr', '0.5');
  await a.evaluate((e) => e.setAttribute('theme', 'purple'));
  await expect(a.locator('.lrp-notice').last()).toContainText('theme="purple"');
  await a.evaluate((e) => e.setAttribute('theme', 'dark'));
  await expect(a.locator('.lrp')).toHaveAttribute('data-theme', 'dark');
  await a.evaluate((e) => e.setAttribute('controls', 'none'));
  await expect(a.locator('.lrp-panel')).toBeHidden();
  await a.evaluate((e) => e.setAttribute('surface', 'double-well'));
  await expect(a).toHaveAttribute('data-dim', '1');
  // A removed attribute goes back to its default; but the default rate, 0.3, diverges on this
  // valley at once, so the element takes a safe one and says so.
  await a.evaluate((e) => e.removeAttribute('lr'));
  await expect(a.locator('.lrp-notice').last()).toContainText('η set to 0.15: 0.3 diverges on this valley');
  await expect(a).toHaveAttribute('data-lr', '0.15');
  await a.evaluate((e: HTMLElement & { step(): void }) => e.step());
  await expect(a).toHaveAttribute('data-step', '1');
  expect(await a.getAttribute('data-loss')).not.toMatch(/NaN/);
});

test('sizes itself to its box, and stacks in a narrow column', async ({ page }) => {
  await host(page, `<lr-playground id="a" surface="parabola"></lr-playground>`);
  const a = page.locator('#a');
  await ready(a);
  expect((await a.boundingBox())!.height).toBe(600);
  await a.evaluate((e) => (e.style.width = '420px'));
  await expect(a).toHaveAttribute('data-layout', 'stacked');
  const stage = (await a.locator('.lrp-stage').boundingBox())!;
  expect(stage.width).toBeGreaterThan(360);
  expect(stage.width).toBeLessThanOrEqual(420);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  // A touch on the valley scrolls the page: neither the stage nor its canvas claims all touches.
  // The host styles the parts it is given, and nothing else.
  await page.addStyleTag({ content: 'lr-playground::part(card) { border-radius: 0 } lr-playground::part(stage) { outline: 3px solid rgb(255, 0, 0) } lr-playground .lrp-stage { outline-color: blue }' });
  expect(await a.locator('.lrp-stage').evaluate((e) => getComputedStyle(e).outlineColor)).toBe('rgb(255, 0, 0)');
  expect(await a.locator('.lrp-readouts').evaluate((e) => getComputedStyle(e).borderRadius)).toBe('0px');
  const touch = await a.evaluate((e) => [...e.shadowRoot!.querySelectorAll('.lrp-stage, .lrp-stage canvas')].map((n) => getComputedStyle(n).touchAction));
  expect(touch.length).toBeGreaterThan(1);
  expect(touch).not.toContain('none');
});

test('removing one playground gives back its WebGL context; the other keeps running', async ({ page }) => {
  const errors = collectErrors(page);
  await host(page, `<lr-playground id="a" surface="parabola"></lr-playground><lr-playground id="b" surface="parabola" lr="0.05"></lr-playground>`);
  const a = page.locator('#a');
  const b = page.locator('#b');
  await ready(a);
  await ready(b);
  await expect.poll(() => liveCanvas(a)).toBe(true);
  await page.evaluate(() => {
    const element = document.getElementById('a')!;
    const canvas = element.shadowRoot!.querySelector<HTMLCanvasElement>('.lrp-stage canvas')!;
    (window as unknown as { removed: HTMLCanvasElement }).removed = canvas;
    element.remove();
  });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const canvas = (window as unknown as { removed: HTMLCanvasElement }).removed;
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        return gl === null || gl.isContextLost();
      }),
    )
    .toBe(true);
  await b.evaluate((e: HTMLElement & { play(): void }) => e.play());
  await expect.poll(async () => Number(await b.getAttribute('data-step'))).toBeGreaterThan(3);
  expect(await liveCanvas(b)).toBe(true);
  expect(errors).toEqual([]);
});

test('a page with 24 playgrounds: each shows its scene when scrolled to, with a bounded number of live contexts', async ({ page }) => {
  test.setTimeout(120_000);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  const surfaces = ['parabola', 'rosenbrock', 'quadratic', 'himmelblau', 'double-well', 'beale'];
  const body = Array.from(
    { length: 24 },
    (_, i) => `<h2>Figure ${i + 1}</h2><lr-playground id="p${i}" surface="${surfaces[i % surfaces.length]}" autoplay="1" controls="minimal"></lr-playground>`,
  ).join('\n');
  await page.setViewportSize({ width: 1000, height: 800 });
  await host(page, body);
  // Only those near the viewport make their scenes (others may be built in idle time, without one).
  await ready(page.locator('#p0'));
  expect(await liveCount(page)).toBeLessThan(5);
  const visit = async (i: number): Promise<void> => {
    const element = page.locator(`#p${i}`);
    await element.scrollIntoViewIfNeeded();
    await ready(element);
    await expect.poll(() => liveCanvas(element), { message: `playground ${i + 1} has a live scene` }).toBe(true);
    expect(await liveCount(page)).toBeLessThanOrEqual(12);
  };
  for (let i = 0; i < 24; i++) await visit(i);
  for (const i of [3, 17, 0]) {
    await visit(i);
    await expect.poll(() => drawn(page, page.locator(`#p${i}`)), { message: `playground ${i + 1} is drawn` }).toBe(true);
  }
  // Out of sight, a playground pauses and gives back its context, keeping a still picture.
  await expect(page.locator('#p20')).toHaveAttribute('data-status', /paused|idle|converged|diverged|stopped/);
  expect(await page.locator('lr-playground').evaluateAll((all) => all.filter((e) => e.shadowRoot?.querySelector('.lrp-still')).length)).toBeGreaterThan(0);
  expect(warnings.filter((w) => /WebGL|context/i.test(w))).toEqual([]);
});

test('works under a strict Content-Security-Policy', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = collectErrors(page);
  await host(page, `<lr-playground id="a" surface="rosenbrock" lr="0.001"></lr-playground>`, { csp: STRICT_CSP });
  const a = page.locator('#a');
  await ready(a);
  const decoder = await page.context().newPage();
  await expect.poll(() => drawn(page, a, decoder)).toBe(true);
  await a.evaluate((e: HTMLElement & { play(): void }) => e.play());
  await expect.poll(async () => Number(await a.getAttribute('data-step'))).toBeGreaterThan(5);
  // The styles came through constructed stylesheets: the panel is laid out, not raw.
  expect(await a.locator('.lrp-frame').evaluate((e) => getComputedStyle(e).display)).toBe('grid');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the rate sweep runs in the worker beside the script under a strict policy, and on the page when that file is missing', async ({ page }) => {
  const errors = collectErrors(page);
  await host(page, `<lr-playground id="a" surface="parabola" lr="0.1" tab="sweep"></lr-playground>`, { csp: STRICT_CSP });
  const a = page.locator('#a');
  await expect(a.locator('.lrp-sweep-dots > *')).toHaveCount(300);
  await expect(a.locator('.lrp-sweep-box')).toHaveAttribute('data-computed-in', 'worker');
  expect(errors).toEqual([]);

  // A writer who copied only lr-playground.js: the same sweep, worked out on the page in slices.
  await page.route('**/lr-playground-sweep.js', (route) => route.fulfill({ status: 404, body: '' }));
  await host(page, `<lr-playground id="b" surface="parabola" lr="0.1" tab="sweep"></lr-playground>`);
  const b = page.locator('#b');
  await expect(b.locator('.lrp-sweep-dots > *')).toHaveCount(300);
  await expect(b.locator('.lrp-sweep-box')).toHaveAttribute('data-computed-in', 'page');
  await expect(b.locator('.lrp-sweep-critical text')).toHaveText('critical 2');
});

test('a lost WebGL context is rebuilt into a drawn scene', async ({ page }) => {
  await host(page, `<lr-playground id="a" surface="himmelblau" lr="0.01"></lr-playground>`);
  const a = page.locator('#a');
  await ready(a);
  await expect.poll(() => liveCanvas(a)).toBe(true);
  await a.evaluate((e) => {
    const canvas = e.shadowRoot!.querySelector<HTMLCanvasElement>('.lrp-stage canvas')!;
    (window as unknown as { lost: HTMLCanvasElement }).lost = canvas;
    (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { lost: HTMLCanvasElement }).lost.isConnected)).toBe(false);
  await expect.poll(() => liveCanvas(a)).toBe(true);
  await expect.poll(() => drawn(page, a)).toBe(true);
  await a.evaluate((e: HTMLElement & { step(): void }) => e.step());
  await expect(a).toHaveAttribute('data-step', '1');
});

test('respects reduced motion: autoplay waits for the reader, then steps whole steps', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await host(page, `<lr-playground id="a" surface="parabola" lr="0.1" autoplay="1"></lr-playground>`);
  const a = page.locator('#a');
  await ready(a);
  await page.waitForTimeout(500);
  await expect(a).toHaveAttribute('data-status', 'idle');
  await expect(a).toHaveAttribute('data-step', '0');
  await a.evaluate((e: HTMLElement & { play(): void }) => e.play());
  await expect.poll(async () => Number(await a.getAttribute('data-step'))).toBeGreaterThan(1);
});

test('pauses off-screen and in a hidden tab, and resumes', async ({ page }) => {
  await host(page, `<lr-playground id="a" surface="parabola" lr="0.002" steps="5000"></lr-playground><div style="height: 3000px"></div><p id="end">end</p>`);
  const a = page.locator('#a');
  await ready(a);
  await a.evaluate((e: HTMLElement & { play(): void }) => e.play());
  await expect(a).toHaveAttribute('data-status', 'playing');
  await page.locator('#end').scrollIntoViewIfNeeded();
  await expect(a).toHaveAttribute('data-status', 'paused');
  const away = Number(await a.getAttribute('data-step'));
  await page.waitForTimeout(400);
  expect(Number(await a.getAttribute('data-step'))).toBe(away);
  await a.scrollIntoViewIfNeeded();
  await expect(a).toHaveAttribute('data-status', 'playing');

  const setHidden = (hidden: boolean) =>
    page.evaluate((hidden) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await expect(a).toHaveAttribute('data-status', 'paused');
  await setHidden(false);
  await expect(a).toHaveAttribute('data-status', 'playing');
  // A pause by the reader is not undone by coming back.
  await a.evaluate((e: HTMLElement & { pause(): void }) => e.pause());
  await setHidden(true);
  await setHidden(false);
  await page.waitForTimeout(300);
  await expect(a).toHaveAttribute('data-status', 'paused');
});

test('the iframe page takes the same keys in its URL and explains the ones it ignores', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/embed.html?surface=rosenbrock&lr=0.002&onclick=alert(1)&style=display:none#optimizer=adam');
  const element = page.locator('lr-playground');
  await ready(element);
  await expect(element).toHaveAttribute('data-lr', '0.002');
  await expect(element).toHaveAttribute('data-dim', '2');
  expect(await element.getAttribute('onclick')).toBeNull();
  expect(await element.getAttribute('style')).toBeNull();
  await expect(element.locator('.lrp-notice')).toContainText('onclick');
  await expect.poll(() => choices(element)).toContain('Adam');
  const box = (await element.boundingBox())!;
  expect(box.width).toBe(1280);
  expect(errors).toEqual([]);
});

test('copy embed code gives snippets that reproduce the current settings', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'surface=rosenbrock&lr=0.0015&optimizer=momentum');
  await page.locator('[data-action=embed]').click();
  const dialog = page.getByRole('dialog', { name: /embed/i });
  await expect(dialog).toBeVisible();
  const [elementCode, iframeCode] = await dialog.locator('textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
  expect(elementCode).toContain('<lr-playground');
  expect(elementCode).toContain('lr="0.0015"');
  expect(iframeCode).toContain('<iframe');
  await dialog.getByRole('button', { name: /copy/i }).first().click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(elementCode);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The element snippet, pasted into a page, is the same playground.
  const origin = new URL(page.url()).origin;
  await host(page, elementCode!.replace(`${origin}/`, '/'));
  const pasted = page.locator('lr-playground');
  await ready(pasted);
  await expect(pasted).toHaveAttribute('data-lr', '0.0015');
  await expect(pasted).toHaveAttribute('data-dim', '2');
  await expect.poll(() => choices(pasted)).toContain('Momentum');

  // So is the iframe snippet's page.
  const src = /src="([^"]+)"/.exec(iframeCode!)![1]!.replace(/&amp;/g, '&');
  await page.goto(src);
  const framed = page.locator('lr-playground');
  await ready(framed);
  await expect(framed).toHaveAttribute('data-lr', '0.0015');
  await expect.poll(() => choices(framed)).toContain('Momentum');
});
