import type { Browser, CDPSession, Page } from '@playwright/test';
import { teachingScenes } from '../../src/state/teachingScenes';
import { printTable } from './stats';

/** What the soak looks at: the page's JS heap after a garbage collection, and its live WebGL objects. */
export interface SoakSample {
  readonly heapBytes: number;
  readonly textures: number;
  readonly buffers: number;
  /** WebGL contexts not lost (the playground's and the embed's, when it is on the page). */
  readonly contexts: number;
}

export interface SoakResults {
  readonly minutes: number;
  readonly cycles: number;
  readonly start: SoakSample;
  readonly end: SoakSample;
  /** The heap after each cycle's garbage collection, for its lowest and highest. */
  readonly heapRange: readonly [number, number];
  /** Errors the page threw or logged meanwhile (the first few): a soak is only clean without them. */
  readonly errors: readonly string[];
}

/**
 * Installed before the page's scripts: counts the WebGL textures and buffers each context creates
 * and deletes. A context that is lost (released, destroyed) takes its objects with it, so only
 * live contexts count.
 */
export function installWebglCounter(): void {
  interface Count {
    textures: number;
    buffers: number;
  }
  const counts = new WeakMap<object, Count>();
  const contexts: WeakRef<WebGLRenderingContext | WebGL2RenderingContext>[] = [];
  const alive = new WeakSet<object>();
  const countOf = (gl: WebGLRenderingContext | WebGL2RenderingContext): Count => {
    let count = counts.get(gl);
    if (!count) {
      count = { textures: 0, buffers: 0 };
      counts.set(gl, count);
      contexts.push(new WeakRef(gl));
    }
    return count;
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const wrap = (create: 'createTexture' | 'createBuffer', remove: 'deleteTexture' | 'deleteBuffer', key: keyof Count): void => {
      const make = proto[create] as (this: WebGLRenderingContext) => object | null;
      const drop = proto[remove] as (this: WebGLRenderingContext, object: object | null) => void;
      Object.defineProperty(proto, create, {
        value(this: WebGLRenderingContext) {
          const made = make.call(this);
          if (made) {
            alive.add(made);
            countOf(this)[key]++;
          }
          return made;
        },
      });
      Object.defineProperty(proto, remove, {
        value(this: WebGLRenderingContext, object: object | null) {
          if (object && alive.has(object)) {
            alive.delete(object);
            countOf(this)[key]--;
          }
          drop.call(this, object);
        },
      });
    };
    wrap('createTexture', 'deleteTexture', 'textures');
    wrap('createBuffer', 'deleteBuffer', 'buffers');
  }
  (globalThis as unknown as { __webglLive: () => Count & { contexts: number } }).__webglLive = () => {
    const live = { textures: 0, buffers: 0, contexts: 0 };
    // Forget the contexts that are gone, so that the counter itself holds nothing for long.
    const gone = contexts.filter((ref) => ref.deref() === undefined);
    for (const ref of gone) contexts.splice(contexts.indexOf(ref), 1);
    for (const ref of contexts) {
      const gl = ref.deref();
      if (!gl || gl.isContextLost()) continue;
      const count = counts.get(gl)!;
      live.textures += count.textures;
      live.buffers += count.buffers;
      live.contexts++;
    }
    return live;
  };
}

/** The heap after garbage collection, and the live WebGL objects. */
async function sample(page: Page, cdp: CDPSession): Promise<SoakSample> {
  // Twice: the first collection can leave objects that only the second finds unreachable.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const live = await page.evaluate(() => (globalThis as unknown as { __webglLive: () => { textures: number; buffers: number; contexts: number } }).__webglLive());
  return { heapBytes: usedSize, ...live };
}

/** Puts a new `<lr-playground>` in a corner of the page, where it is on screen and so makes its scene; takes the last one away. */
async function replaceEmbed(page: Page, scene: string): Promise<void> {
  await page.evaluate((id) => {
    document.querySelector('lr-playground')?.remove();
    const embed = document.createElement('lr-playground');
    embed.setAttribute('scene', id);
    embed.setAttribute('autoplay', '');
    embed.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 420px; height: 320px; z-index: 10';
    document.body.append(embed);
  }, scene);
  await page.locator('lr-playground[data-step]').waitFor();
}

/** Drags the rate bar's knob across a stretch of the slider and back. */
async function dragRate(page: Page): Promise<void> {
  const box = (await page.locator('#app .lrp-rate-range').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (let k = 0; k <= 20; k++) await page.mouse.move(box.x + box.width * (0.3 + 0.4 * Math.sin((Math.PI * k) / 20)), y);
  await page.mouse.up();
}

/** One round of everything a lecture does: every scene played at top speed, the rate dragged, presenter mode, the dialogs, a new embed. */
export async function cycle(page: Page, round: number): Promise<void> {
  const app = page.locator('#app');
  for (const scene of teachingScenes) {
    await app.locator('.lrp-scenes').selectOption(scene.id);
    await app.locator('.lrp-speed').selectOption('500');
    const play = app.locator('.lrp-transport [data-action="play"]');
    if ((await play.textContent())?.includes('Play')) await play.click();
    await page.waitForTimeout(150);
  }
  await dragRate(page);
  const present = app.locator('[data-action="presenter"]');
  await present.click();
  await page.waitForTimeout(100);
  await present.click();
  await app.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Embed' }).click();
  await page.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Export' }).click();
  await page.keyboard.press('Escape');
  await replaceEmbed(page, teachingScenes[round % teachingScenes.length]!.id);
  // Each round ends as the first began, so that start and end are samples of the same scenes.
  await app.locator('.lrp-scenes').selectOption(teachingScenes[0]!.id);
  await replaceEmbed(page, teachingScenes[0]!.id);
}

/** Rounds before the start is sampled. */
const WARM_UP_ROUNDS = 5;

/**
 * An hour of teaching, compressed: the standalone page with an embed beside it, put through
 * {@link cycle} again and again for `minutes`. The heap after garbage collection and the live
 * WebGL textures and buffers, at the start (after a few warm-up rounds) and at the end, say
 * whether anything leaks.
 */
export async function benchSoak(browser: Browser, base: string, minutes: number): Promise<SoakResults> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.addInitScript(installWebglCounter);
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}/?surface=rosenbrock`);
    await page.locator('#app[data-ready]').waitFor();
    await page.addScriptTag({ type: 'module', url: `${base}/lr-playground.js` });
    // Warm-up rounds first: the engine compiles the code these paths run, and the caches fill
    // (the valleys' grids, the label pictures), which is growth that stops.
    for (let round = 0; round < WARM_UP_ROUNDS; round++) await cycle(page, round);
    const start = await sample(page, cdp);
    const heaps: number[] = [start.heapBytes];
    const until = Date.now() + minutes * 60_000;
    let cycles = 0;
    while (Date.now() < until) {
      await cycle(page, WARM_UP_ROUNDS + ++cycles);
      if (cycles % 5 === 0) heaps.push((await sample(page, cdp)).heapBytes);
      if (process.env.SOAK_TRACE) console.log(cycles, JSON.stringify(await sample(page, cdp)));
    }
    const end = await sample(page, cdp);
    heaps.push(end.heapBytes);
    return { minutes, cycles, start, end, heapRange: [Math.min(...heaps), Math.max(...heaps)], errors };
  } finally {
    await context.close();
  }
}

export function printSoak(r: SoakResults): void {
  const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const change = (a: number, b: number): string => (a === 0 ? (b === 0 ? '0 %' : 'new') : `${(((b - a) / a) * 100).toFixed(1)} %`);
  console.log(`\nSoak: ${r.cycles} rounds in ${r.minutes} min after ${WARM_UP_ROUNDS} to warm up (every scene at top speed, the rate dragged, presenter mode, the dialogs, a new embed each round):\n`);
  printTable(
    ['measure', 'start', 'end', 'change', 'target'],
    [
      ['JS heap after garbage collection', mb(r.start.heapBytes), mb(r.end.heapBytes), change(r.start.heapBytes, r.end.heapBytes), 'within 10 %'],
      ['live WebGL textures', String(r.start.textures), String(r.end.textures), change(r.start.textures, r.end.textures), 'flat'],
      ['live WebGL buffers', String(r.start.buffers), String(r.end.buffers), change(r.start.buffers, r.end.buffers), 'flat'],
      ['live WebGL contexts', String(r.start.contexts), String(r.end.contexts), '', ''],
    ],
  );
  console.log(`\nHeap after each fifth round's collection: ${mb(r.heapRange[0])} to ${mb(r.heapRange[1])}.`);
  console.log(r.errors.length === 0 ? 'No errors on the page.' : `${r.errors.length} errors on the page, the first: ${r.errors.slice(0, 3).join(' | ')}`);
}
