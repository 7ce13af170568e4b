import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, colorsAt, servePage, type Guest } from './helpers';

/**
 * `<lr-playground>`'s manners as a custom element, in pages written as writers and frameworks write
 * them: properties beside attributes, properties set before the definition loads, markup upgraded
 * later, an element moved or put back, the host page's styles, printing.
 */

const page_ = (head: string, body: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>A post</title>${head}</head><body>${body}</body></html>`;
const MODULE = '<script type="module" src="/lr-playground.js"></script>';

async function host(page: Page, body: string, head = MODULE): Promise<void> {
  await servePage(page, '/guest.html', page_(head, body));
  await page.goto('/guest.html');
}

const ready = async (element: Locator): Promise<void> => {
  await expect(element).toHaveAttribute('data-step', /\d+/);
  await expect(element).toHaveAttribute('data-ready');
};
const prop = (element: Locator, name: string): Promise<unknown> => element.evaluate((e: Guest, name) => e[name], name);
const setProp = (element: Locator, name: string, value: unknown): Promise<void> =>
  element.evaluate((e: Guest, [name, value]) => {
    e[name as string] = value;
  }, [name, value] as const);

test('every setting is an attribute and a property of the same name, and each follows the other', async ({ page }) => {
  const errors = collectErrors(page);
  await host(page, `<lr-playground id="a" surface="rosenbrock" optimizer="adamw" weightDecay="0.05" lr="0.002"></lr-playground>`);
  const a = page.locator('#a');
  await ready(a);
  // HTML reads attribute names in lower case: weightDecay="0.05" arrives as weightdecay, and applies.
  expect(await prop(a, 'weightDecay')).toBe(0.05);
  expect(await prop(a, 'lr')).toBe(0.002);
  expect(await prop(a, 'start')).toEqual([expect.any(Number), expect.any(Number)]);
  expect(await prop(a, 'momentum')).toBeUndefined();
  expect(await prop(a, 'theme')).toBe('auto');

  await setProp(a, 'lr', 0.004);
  await expect(a).toHaveAttribute('lr', '0.004');
  await expect(a).toHaveAttribute('data-lr', '0.004');
  await setProp(a, 'weightDecay', 0.2);
  await expect(a).toHaveAttribute('weightdecay', '0.2');
  await setProp(a, 'start', [0.5, 0.5]);
  await expect(a).toHaveAttribute('start', '0.5,0.5');
  await setProp(a, 'theme', 'dark');
  await expect(a.locator('.lrp')).toHaveAttribute('data-theme', 'dark');
  await a.evaluate((e) => e.setAttribute('lr', '0.001'));
  expect(await prop(a, 'lr')).toBe(0.001);

  // A race's entries, which no attribute text could carry as they are.
  await setProp(a, 'mode', 'race');
  await setProp(a, 'race', [
    { optimizer: 'sgd', lr: 0.001 },
    { optimizer: 'adam', lr: 0.05 },
  ]);
  await expect(a).toHaveAttribute('data-hikers', '2');
  expect(await prop(a, 'race')).toEqual([
    { optimizer: 'sgd', lr: 0.001 },
    { optimizer: 'adam', lr: 0.05 },
  ]);
  await setProp(a, 'mode', 'single');

  // Setting the value the attribute already has applies it again (the reader had moved the rate meanwhile).
  await page.evaluate(() => {
    const e = document.getElementById('a')!;
    (e as unknown as { lr: number }).lr = 0.001;
  });
  await a.evaluate((e: Guest) => {
    e.shadowRoot!.querySelector<HTMLElement>('.lrp-transport button')!.focus();
  });
  await page.keyboard.press('ArrowUp');
  await expect(a).not.toHaveAttribute('data-lr', '0.001');
  await setProp(a, 'lr', 0.001);
  await expect(a).toHaveAttribute('data-lr', '0.001');

  // A bad value is named and ignored; undefined returns the setting to its default.
  await setProp(a, 'lr', 'banana');
  await expect(a.locator('.lrp-notice').last()).toContainText('lr="banana"');
  await expect(a).toHaveAttribute('data-lr', '0.001');
  await setProp(a, 'lr', { rate: 2 });
  await expect(a.locator('.lrp-notice').last()).toContainText('[object Object]');
  await setProp(a, 'lr', undefined);
  expect(await a.getAttribute('lr')).toBeNull();
  await expect(a).toHaveAttribute('data-lr', '0.3');
  await a.evaluate((e: Guest) => e.step());
  await expect(a).toHaveAttribute('data-step', '1');
  expect(errors).toEqual([]);
});

test('properties set before the definition loads are kept', async ({ page }) => {
  await host(page, `<div id="box"></div>`, '');
  await page.evaluate(() => {
    const element = document.createElement('lr-playground') as unknown as HTMLElement & Record<string, unknown>;
    element.id = 'a';
    element.surface = 'himmelblau';
    element.lr = 0.004;
    element.optimizer = 'momentum';
    element.momentum = 0.8;
    element.theme = 'dark';
    element.autoplay = false;
    document.getElementById('box')!.append(element);
  });
  await page.addScriptTag({ type: 'module', url: '/lr-playground.js' });
  const a = page.locator('#a');
  await ready(a);
  await expect(a).toHaveAttribute('data-lr', '0.004');
  await expect(a).toHaveAttribute('data-dim', '2');
  await expect(a.locator('.lrp')).toHaveAttribute('data-theme', 'dark');
  expect(await prop(a, 'momentum')).toBe(0.8);
  expect(await prop(a, 'optimizer')).toBe('momentum');
  // The instance's own values gave way to the class's accessors.
  expect(await a.evaluate((e) => Object.hasOwn(e, 'lr'))).toBe(false);
});

for (const [how, head, body] of [
  ['a module script in the head (deferred)', MODULE, ''],
  ['a module script at the end of the body', '', MODULE],
  ['import() on demand, later', '', `<script type="module">setTimeout(() => import('/lr-playground.js'), 300);</script>`],
] as const) {
  test(`markup rendered on the server is upgraded by ${how}`, async ({ page }) => {
    const errors = collectErrors(page);
    await host(page, `<h1>A post</h1><lr-playground id="a" surface="parabola" lr="0.9" controls="minimal"></lr-playground><p>After.</p>${body}`, head);
    const a = page.locator('#a');
    await ready(a);
    await expect(a).toHaveAttribute('data-lr', '0.9');
    await expect(a).toHaveAttribute('data-controls', 'minimal');
    expect((await a.boundingBox())!.height).toBe(600);
    await a.evaluate((e: Guest) => e.step());
    await expect(a).toHaveAttribute('data-step', '1');
    expect(errors).toEqual([]);
  });
}

test('moved, or taken out and put back (at once, after a microtask, or much later), it is the same playground', async ({ page }) => {
  const errors = collectErrors(page);
  await host(page, `<div id="one"><lr-playground id="a" surface="parabola" lr="0.05" steps="400"></lr-playground></div><div id="two"></div>`);
  const a = page.locator('#a');
  await ready(a);
  const announced: string[] = [];
  await page.exposeFunction('announce', (s: string) => announced.push(s));
  await a.evaluate((e: Guest) => {
    e.addEventListener('statuschange', (event) => (window as unknown as { announce(s: string): void }).announce((event as CustomEvent<{ status: string }>).detail.status));
    for (let k = 0; k < 5; k++) e.step();
    e.shadowRoot!.querySelector<HTMLElement>('.lrp-stage')!.focus();
  });
  // The reader raises the rate: a setting no attribute holds.
  await page.keyboard.press('ArrowUp');
  await expect(a).not.toHaveAttribute('data-lr', '0.05');
  const lr = await a.getAttribute('data-lr');
  await expect(a).toHaveAttribute('data-step', '5');
  const canvasOf = (): Promise<void> =>
    a.evaluate((e) => {
      (window as unknown as { canvas: HTMLCanvasElement }).canvas = e.shadowRoot!.querySelector('.lrp-stage canvas')!;
    });

  const moves = {
    'moved at once': `document.getElementById('two').append(document.getElementById('a'))`,
    'put back after a microtask': `const e = document.getElementById('a'); e.remove(); await Promise.resolve(); await Promise.resolve(); document.getElementById('one').append(e)`,
    'put back after a second': `const e = document.getElementById('a'); e.remove(); window.removed = e; await new Promise((r) => setTimeout(r, 1000)); document.getElementById('two').append(e)`,
  };
  for (const [how, script] of Object.entries(moves)) {
    await canvasOf();
    await page.evaluate(`(async () => { ${script} })()`);
    await ready(a);
    await expect(a, how).toHaveAttribute('data-step', '5');
    await expect(a, how).toHaveAttribute('data-lr', lr!);
    await expect.poll(() => a.evaluate((e) => e.shadowRoot!.querySelector('.lrp-stage canvas:not(.lrp-still)') !== null), { message: how }).toBe(true);
    await expect(a.locator('.lrp-stage canvas'), how).toHaveCount(1);
  }
  // Out of the page for a second, it gave its WebGL context back; a walk goes on once it is back.
  expect(await page.evaluate(() => (window as unknown as { canvas: HTMLCanvasElement }).canvas.isConnected)).toBe(false);
  await a.evaluate((e: Guest) => e.play());
  await expect(a).toHaveAttribute('data-status', 'playing');
  await page.evaluate(async () => {
    const e = document.getElementById('a')!;
    e.remove();
    await new Promise((r) => setTimeout(r, 500));
    document.getElementById('one')!.append(e);
  });
  await expect(a).toHaveAttribute('data-status', 'playing');
  await expect.poll(async () => Number(await a.getAttribute('data-step'))).toBeGreaterThan(6);
  // Each status once, though the playground was built three times.
  expect(announced.filter((s, i) => s === announced[i - 1])).toEqual([]);
  expect(errors).toEqual([]);
});

test('an attribute or property changed while it is out of the page applies when it is back', async ({ page }) => {
  await host(page, `<div id="box"><lr-playground id="a" surface="parabola" lr="0.05"></lr-playground></div>`);
  const a = page.locator('#a');
  await ready(a);
  await page.evaluate(async () => {
    const e = document.getElementById('a') as HTMLElement & Record<string, unknown>;
    e.remove();
    await new Promise((r) => setTimeout(r, 100));
    e.lr = 0.7;
    e.setAttribute('surface', 'double-well');
    e.setAttribute('lr', 'oops');
    document.getElementById('box')!.append(e);
  });
  await expect(a).toHaveAttribute('data-dim', '1');
  await expect(a).toHaveAttribute('data-lr', '0.7');
  expect(await prop(a, 'surface')).toBe('double-well');
  await expect(a.locator('.lrp-notice').last()).toContainText('lr="oops"');
});

/** How many pixels of two screenshots of the same size differ noticeably, decoded by the browser. */
async function differentPixels(page: Page, a: Buffer, b: Buffer): Promise<{ differ: number; total: number }> {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (png: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = [await decode(a), await decode(b)];
      if (x.width !== y.width || x.height !== y.height) return { differ: Infinity, total: x.data.length / 4 };
      let differ = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (Math.abs(x.data[i]! - y.data[i]!) + Math.abs(x.data[i + 1]! - y.data[i + 1]!) + Math.abs(x.data[i + 2]! - y.data[i + 2]!) > 48) differ++;
      }
      return { differ, total: x.data.length / 4 };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

const HOSTILE = `body { text-align: center; font: italic small-caps 700 22px/3 Georgia, serif; letter-spacing: 3px; word-spacing: 12px;
  text-transform: uppercase; text-indent: 40px; white-space: pre; direction: rtl; cursor: wait; text-shadow: 1px 1px red; }`;
const DARK_BLOG = `:root { color-scheme: dark; background: #111; color: #ddd; font: 19px/1.9 Georgia, serif; letter-spacing: 0.02em; }`;

for (const [name, css, theme] of [
  ['a page that centres, italicises, spaces and capitalises its text, right to left', HOSTILE, 'light'],
  ['a dark blog theme (color-scheme: dark, serif type, tall lines)', DARK_BLOG, 'dark'],
] as const) {
  test(`looks the same in a plain page and in ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 800 });
    const shot = async (style: string, attributes: string): Promise<Buffer> => {
      await host(page, `<main style="padding: 20px"><lr-playground id="a" surface="parabola" lr="0.9" ${attributes}></lr-playground></main>`, `${MODULE}<style>${style}</style>`);
      const a = page.locator('#a');
      await ready(a);
      await expect.poll(() => a.evaluate((e) => e.shadowRoot!.querySelector('.lrp-stage canvas') !== null)).toBe(true);
      await page.mouse.move(0, 0);
      await page.waitForTimeout(300);
      return a.screenshot({ animations: 'disabled', caret: 'hide' });
    };
    // The reference: a plain page, the theme chosen outright. The other page leaves it to `auto`.
    const plain = await shot('', `theme="${theme}"`);
    const styled = await shot(css, '');
    const { differ, total } = await differentPixels(page, plain, styled);
    expect(differ / total, `${differ} of ${total} pixels differ`).toBeLessThan(0.002);
    const title = page.locator('#a .lrp-title');
    expect(await title.evaluate((e) => getComputedStyle(e).textAlign)).toBe('start');
  });
}

test('in print it is a still picture of the valley, and a playground never built is a labelled box, not a blank one', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await host(page, `<lr-playground id="a" surface="himmelblau" lr="0.01"></lr-playground><div style="height: 30000px"></div><lr-playground id="far" surface="parabola"></lr-playground>`);
  const a = page.locator('#a');
  await ready(a);
  await expect.poll(() => a.evaluate((e) => e.shadowRoot!.querySelector('.lrp-stage canvas:not(.lrp-still)') !== null)).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(a.locator('.lrp-stage canvas.lrp-still')).toHaveCount(1);
  await expect(a.locator('.lrp-stage canvas:not(.lrp-still)')).toHaveCount(0);
  // On paper: no controls, and the layout it had on screen, shrunk to about a page's width.
  await expect(a.locator('.lrp-panel')).toBeHidden();
  await expect(a.locator('.lrp-transport')).toBeHidden();
  expect((await a.locator('.lrp-frame').boundingBox())!.width).toBeLessThanOrEqual(730);
  const stage = (await a.locator('.lrp-stage').boundingBox())!;
  expect(stage.height).toBeGreaterThan(200);
  const points: [number, number][] = [];
  for (let i = 1; i < 8; i++) points.push([stage.x + (stage.width * i) / 8, stage.y + stage.height * (0.2 + 0.08 * i)]);
  const colours = new Set((await colorsAt(page, points)).map((c) => c.map((v) => v >> 4).join(',')));
  expect(colours.size).toBeGreaterThanOrEqual(3);
  // Far away, it was built in idle time but never drew its valley: the stage says so on paper.
  const far = page.locator('#far');
  await expect(far).toHaveAttribute('data-step', '0');
  expect(await far.evaluate((e) => e.shadowRoot!.querySelector('.lrp-stage canvas'))).toBeNull();
  expect(await far.locator('.lrp-stage').evaluate((e) => getComputedStyle(e, '::after').content)).toMatch(/drawn on screen/);

  await page.emulateMedia({ media: null });
  await expect.poll(() => a.evaluate((e) => e.shadowRoot!.querySelector('.lrp-stage canvas:not(.lrp-still)') !== null)).toBe(true);

  // Printed for real (beforeprint, the print layout, afterprint): the live scene comes back after.
  const pdf = await page.pdf();
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await expect.poll(() => a.evaluate((e) => e.shadowRoot!.querySelector('.lrp-stage canvas:not(.lrp-still)') !== null)).toBe(true);
});

test('the iframe page reads camelCase keys in its URL as the element’s attributes', async ({ page }) => {
  await page.goto('/embed.html?surface=rosenbrock&optimizer=adamw&weightDecay=0.05&lr=0.002');
  const element = page.locator('lr-playground');
  await ready(element);
  await expect(element).toHaveAttribute('weightdecay', '0.05');
  expect(await prop(element, 'weightDecay')).toBe(0.05);
  await expect(element.locator('.lrp-notice')).toHaveCount(0);
});
