import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { simulate, surfaces } from '../../src/core';
import { chromiumArgs, findChromium } from '../tools/chromium.mjs';
import { installFrameProbe } from './instrument';
import { rawWebglPage, type RawScene } from './rawWebgl';
import { median, printTable, quantile } from './stats';

const REPEATS = 5;
const VIEWPORT = { width: 1280, height: 720 };
/** The scene of the drag benchmark, and the part of the rate slider the drag sweeps. */
const DRAG_QUERY = 'surface=rosenbrock&optimizer=momentum&lr=0.0005&steps=2000&autoplay=1&speed=30';
const SWEEP = { from: 0.2, to: 0.45 };

/** The baseline's routes: the runs the playground shows along the sweep, in normalised coordinates. */
function rawScene(stage: RawScene['stage'], chart: RawScene['chart']): RawScene {
  const [[x0, x1], [y0, y1]] = surfaces.rosenbrock!.domain as [[number, number], [number, number]];
  const routes: number[][] = [];
  const losses: number[][] = [];
  for (let k = 0; k < 40; k++) {
    const lr = 10 ** (-4 + 5 * (SWEEP.from + ((SWEEP.to - SWEEP.from) * k) / 39));
    const run = simulate({ surface: 'rosenbrock', optimizer: 'momentum', lr, steps: 2000 });
    routes.push(run.path.flatMap(([x, y]) => [((x as number) - x0) / (x1 - x0), ((y as number) - y0) / (y1 - y0)]));
    const logs = run.losses.map((v) => Math.log10(Math.max(v, 1e-12)));
    const [lo, hi] = [Math.min(...logs), Math.max(...logs)];
    losses.push(logs.map((v) => (v - lo) / (hi - lo || 1)));
  }
  return { stage, chart, routes, losses };
}

interface Frame {
  readonly at: number;
  readonly workMs: number;
}

/** Frame figures of one scenario beside the baseline's. */
interface FrameFigures {
  workP50: number;
  workP95: number;
  workMax: number;
  intervalP50: number;
  intervalP95: number;
  intervalMax: number;
  rawIntervalP50: number;
  rawIntervalP95: number;
  frames: number;
}

interface Shipped {
  readonly files: { url: string; bytes: number; gzip: number }[];
  readonly gzipTotal: number;
}

/** The playground's start-up, phase by phase: milliseconds from navigation to each of its marks (medians). */
export type Startup = Readonly<Record<string, number>>;

export interface BrowserResults {
  readonly firstFrameMs: { ours: number; raw: number };
  /** The same with the CPU throttled 4× (a school laptop's stand-in). */
  readonly throttledMs: { ours: number; raw: number };
  readonly startup: { plain: Startup; throttled: Startup };
  readonly drag: FrameFigures;
  readonly fan: FrameFigures;
  readonly javascript: Shipped;
  /** An embed: what the page fetches for one `<lr-playground>`, and scroll-into-view to first frame. */
  readonly embed: { javascript: Shipped; scrollToFrameMs: { ours: number; raw: number } };
}

/**
 * A blog post: text, then an embed far below the first screen. `element` is the embed's markup
 * and `script` the module that defines it. The page starts at the top, so the embed waits.
 */
const postPage = (script: string, element: string): string => `<!doctype html>
<html><head><meta charset="utf-8"><title>A post</title><script type="module" src="${script}"></script>
<style>body{margin:0 auto;max-width:960px;font:18px/1.6 serif} .spacer{height:4000px}</style></head>
<body><h1>A post</h1><div class="spacer"></div>${element}<div class="spacer"></div></body></html>`;

/**
 * The baseline embed: an element that, once near the viewport, makes a WebGL2 canvas of the same
 * size and draws one full-screen colour-map quad: the least any WebGL embed must do.
 */
const RAW_EMBED = `
class RawEmbed extends HTMLElement {
  connectedCallback() {
    new IntersectionObserver((entries, observer) => {
      if (!entries.at(-1).isIntersecting) return;
      observer.disconnect();
      const canvas = document.createElement('canvas');
      const dpr = Math.min(2, devicePixelRatio);
      canvas.width = this.clientWidth * dpr; canvas.height = this.clientHeight * dpr;
      canvas.style.width = '100%'; canvas.style.height = '100%';
      this.append(canvas);
      const gl = canvas.getContext('webgl2', { antialias: true });
      const compile = (type, src) => { const s = gl.createShader(type); gl.shaderSource(s, src); gl.compileShader(s); return s; };
      const program = gl.createProgram();
      gl.attachShader(program, compile(gl.VERTEX_SHADER, '#version 300 es\\nin vec2 p; out vec2 uv; void main(){ uv = p * 0.5 + 0.5; gl_Position = vec4(p, 0.0, 1.0); }'));
      gl.attachShader(program, compile(gl.FRAGMENT_SHADER, '#version 300 es\\nprecision highp float; in vec2 uv; out vec4 o; void main(){ float v = fract(10.0 * length(uv - 0.5)); o = vec4(v, uv, 1.0); }'));
      gl.linkProgram(program);
      gl.useProgram(program);
      gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 3, -1, -1, 3]), gl.STATIC_DRAW);
      gl.enableVertexAttribArray(0);
      gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
      this.dataset.step = '0';
    }, { rootMargin: '200px 0px' }).observe(this);
  }
}
customElements.define('raw-embed', RawEmbed);
`;

/**
 * Milliseconds from scrolling an embed into view to the first frame of its scene: the frame after
 * the one in which its WebGL canvas is in place and it has drawn (data-step set).
 */
async function scrollToFrame(browser: Browser, base: string, raw: boolean): Promise<number> {
  return onNewPage(browser, async (page) => {
    const element = raw ? '<raw-embed style="display:block;height:600px"></raw-embed>' : '<lr-playground surface="rosenbrock" lr="0.001"></lr-playground>';
    await servePost(page, base, raw ? '/raw-embed.js' : '/lr-playground.js', element);
    await page.route(`${base}/raw-embed.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: RAW_EMBED }));
    await page.goto(`${base}/post.html`);
    await page.waitForFunction((tag) => customElements.get(tag) !== undefined, raw ? 'raw-embed' : 'lr-playground');
    await page.waitForTimeout(300);
    return page.evaluate(
      (tag) =>
        new Promise<number>((resolve) => {
          const embed = document.querySelector(tag) as HTMLElement;
          const drawn = (): boolean => {
            const canvas = (embed.shadowRoot ?? embed).querySelector('canvas:not(.lrp-still)');
            return canvas !== null && embed.dataset.step !== undefined;
          };
          const start = performance.now();
          embed.scrollIntoView({ block: 'center', behavior: 'instant' });
          const watch = (): void => {
            if (drawn()) requestAnimationFrame(() => resolve(performance.now() - start));
            else requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
        }),
      raw ? 'raw-embed' : 'lr-playground',
    );
  });
}

/** Runs `use` on a page of a new context (a cold cache) at the benchmark's viewport, and closes the context after. */
async function onNewPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Serves the post (see {@link postPage}) at /post.html for `page`. */
async function servePost(page: Page, base: string, script: string, element: string): Promise<void> {
  await page.route(`${base}/post.html`, (route) => route.fulfill({ contentType: 'text/html', body: postPage(script, element) }));
}

/** Chromium as the benchmarks drive it: the machine's, with software WebGL. */
export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium: run npm test once, or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** What each mark of the start-up says has happened. */
const PHASE_NAMES: Readonly<Record<(typeof PHASES)[number], string>> = {
  'scripts fetched': 'scripts fetched',
  'lrp:main': 'scripts compiled and run',
  'lrp:derived': 'runs worked out',
  'lrp:layout': 'page built',
  'lrp:scene-init': 'parts wired, page laid out',
  'lrp:scene': 'WebGL renderer made',
  'lrp:grid': 'valley grid sampled',
  'lrp:first-draw': 'first frame drawn',
  'first frame': 'first frame on screen',
};

/** The playground's marks of its start-up (`performance.mark('lrp:…')`), in the order it reaches them. */
const PHASES = ['scripts fetched', 'lrp:main', 'lrp:derived', 'lrp:layout', 'lrp:scene-init', 'lrp:scene', 'lrp:grid', 'lrp:first-draw', 'first frame'] as const;

/**
 * Milliseconds from navigation to the first frame the page draws (cold cache, new context each
 * time); `throttle` slows the CPU that many times. For the playground, also when each phase of its
 * start-up was reached.
 */
async function firstFrame(browser: Browser, base: string, raw: RawScene | undefined, throttle = 1): Promise<{ ms: number; phases: Startup }> {
  return onNewPage(browser, async (page) => {
    if (throttle > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(() => {
      const probe = globalThis as unknown as { __firstFrame?: number };
      const observer = new MutationObserver(() => {
        const root = document.querySelector('[data-playground]');
        if (probe.__firstFrame === undefined && (root?.hasAttribute('data-step') || document.body?.dataset.ready)) {
          // The frame whose commands were just issued is presented at the next animation frame.
          requestAnimationFrame(() => (probe.__firstFrame ??= performance.now()));
        }
      });
      observer.observe(document, { subtree: true, attributes: true, childList: true });
    });
    if (raw) await page.route(`${base}/raw-webgl`, (route) => route.fulfill({ contentType: 'text/html', body: rawWebglPage(raw) }));
    await page.goto(raw ? `${base}/raw-webgl` : `${base}/?surface=rosenbrock`);
    await page.waitForFunction(() => (globalThis as unknown as { __firstFrame?: number }).__firstFrame !== undefined, undefined, { timeout: 60_000 });
    return page.evaluate(() => {
      const ms = (globalThis as unknown as { __firstFrame: number }).__firstFrame;
      const scripts = performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'));
      // The scripts of the first load: those fetched before the first frame (the companions come after it).
      const ends = scripts.map((e) => (e as PerformanceResourceTiming).responseEnd).filter((end) => end <= ms);
      const phases: Record<string, number> = { 'scripts fetched': Math.max(0, ...ends), 'first frame': ms };
      for (const mark of performance.getEntriesByType('mark')) if (mark.name.startsWith('lrp:') && !(mark.name in phases)) phases[mark.name] = mark.startTime;
      return { ms, phases };
    });
  });
}

/** The median of each phase over several start-ups. */
function medianPhases(runs: readonly Startup[]): Startup {
  return Object.fromEntries(PHASES.map((name) => [name, median(runs.map((r) => r[name]).filter((v): v is number => v !== undefined))]));
}

async function recorded(page: Page, during: () => Promise<void>): Promise<Frame[]> {
  await page.evaluate(() => {
    const probe = (globalThis as unknown as { __frameProbe: { recording: boolean; frames: unknown[] } }).__frameProbe;
    probe.frames = [];
    probe.recording = true;
  });
  await during();
  return page.evaluate(() => {
    const probe = (globalThis as unknown as { __frameProbe: { recording: boolean; frames: Frame[] } }).__frameProbe;
    probe.recording = false;
    return probe.frames;
  });
}

/** The sizes of the playground's valley and loss chart, for a baseline of the same scene. */
async function sceneSizes(browser: Browser, base: string): Promise<[RawScene['stage'], RawScene['chart']]> {
  return onNewPage(browser, async (page) => {
    await page.goto(`${base}/?${DRAG_QUERY}`);
    await page.waitForSelector('[data-playground][data-step]');
    const size = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      return { width: Math.round(box.width), height: Math.round(box.height) };
    };
    const sizes: [RawScene['stage'], RawScene['chart']] = [await size('.lrp-stage'), await size('.lrp-chart')];
    return sizes;
  });
}

/** Drags the learning-rate slider back and forth for about three seconds while the hiker walks. */
async function dragFrames(browser: Browser, base: string): Promise<Frame[]> {
  return onNewPage(browser, async (page) => {
    await page.addInitScript(installFrameProbe);
    await page.goto(`${base}/?${DRAG_QUERY}`);
    await page.waitForSelector('[data-playground][data-step]');
    const slider = (await page.locator('.lrp-rate-range').boundingBox())!;
    const y = slider.y + slider.height / 2;
    const x = (f: number): number => slider.x + slider.width * f;
    await page.mouse.move(x(0.2), y);
    await page.mouse.down();
    const frames = await recorded(page, async () => {
      const begin = Date.now();
      for (let k = 0; Date.now() - begin < 3000; k++) {
        const phase = (k % 80) / 80;
        await page.mouse.move(x(SWEEP.from + (SWEEP.to - SWEEP.from) * (phase < 0.5 ? 2 * phase : 2 - 2 * phase)), y);
        await page.waitForTimeout(8);
      }
    });
    await page.mouse.up();
    return frames;
  });
}

/** Twelve hikers of a fan walking on Rosenbrock for about three seconds. */
async function fanFrames(browser: Browser, base: string): Promise<Frame[]> {
  return onNewPage(browser, async (page) => {
    await page.addInitScript(installFrameProbe);
    await page.goto(`${base}/?surface=rosenbrock&optimizer=momentum&mode=fan&fan=12&spread=30&lr=0.0003&steps=2000&autoplay=1&speed=30`);
    await page.waitForSelector('[data-playground][data-step]');
    return recorded(page, () => page.waitForTimeout(3000));
  });
}

async function rawFrames(browser: Browser, base: string, scene: RawScene): Promise<Frame[]> {
  return onNewPage(browser, async (page) => {
    await page.addInitScript(installFrameProbe);
    await page.route(`${base}/raw-webgl`, (route) => route.fulfill({ contentType: 'text/html', body: rawWebglPage(scene) }));
    await page.goto(`${base}/raw-webgl`);
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    return recorded(page, () => page.waitForTimeout(3000));
  });
}

const intervals = (frames: readonly Frame[]): number[] => frames.slice(1).map((f, i) => f.at - (frames[i] as Frame).at);

function figures(ours: readonly Frame[], baseline: readonly Frame[]): FrameFigures {
  const work = ours.map((f) => f.workMs);
  const ourIntervals = intervals(ours).filter((v) => v > 0 && v < 1000);
  const rawIntervals = intervals(baseline).filter((v) => v > 0 && v < 1000);
  return {
    workP50: quantile(work, 0.5),
    workP95: quantile(work, 0.95),
    workMax: Math.max(...work),
    intervalP50: quantile(ourIntervals, 0.5),
    intervalP95: quantile(ourIntervals, 0.95),
    intervalMax: Math.max(...ourIntervals),
    rawIntervalP50: quantile(rawIntervals, 0.5),
    rawIntervalP95: quantile(rawIntervals, 0.95),
    frames: ours.length,
  };
}

/**
 * Every script the page fetched before its first frame, gzipped as a server would send it; `embed`
 * measures a post with one `<lr-playground>` scrolled to. What loads after the first frame (in idle
 * time, on demand) is not counted.
 */
async function shippedJavaScript(browser: Browser, base: string, embed = false): Promise<Shipped> {
  return onNewPage(browser, async (page) => {
    const bodies = new Map<string, Promise<Buffer | undefined>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.set(new URL(response.url()).pathname, response.body().catch(() => undefined));
    });
    await page.addInitScript(() => {
      const probe = globalThis as unknown as { __firstFrame?: number };
      new MutationObserver(() => {
        const root = document.querySelector('[data-playground][data-step]') ?? document.querySelector('lr-playground[data-step]');
        if (probe.__firstFrame === undefined && root) requestAnimationFrame(() => (probe.__firstFrame ??= performance.now()));
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
    if (embed) {
      await servePost(page, base, '/lr-playground.js', '<lr-playground surface="rosenbrock"></lr-playground>');
      await page.goto(`${base}/post.html`);
      await page.locator('lr-playground').scrollIntoViewIfNeeded();
    } else {
      await page.goto(`${base}/?surface=rosenbrock`);
    }
    await page.waitForFunction(() => (globalThis as unknown as { __firstFrame?: number }).__firstFrame !== undefined, undefined, { timeout: 30_000 });
    const before = await page.evaluate(() => {
      const frame = (globalThis as unknown as { __firstFrame: number }).__firstFrame;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= frame)
        .map((e) => new URL(e.name).pathname);
    });
    const files: Shipped['files'] = [];
    for (const path of before) {
      const body = await bodies.get(path);
      if (body) files.push({ url: path, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    return { files, gzipTotal: files.reduce((sum, f) => sum + f.gzip, 0) };
  });
}

/** The start-ups of the playground and of the baseline, interleaved, so that a slow moment of a shared machine falls on both. */
async function startups(browser: Browser, base: string, scene: RawScene): Promise<Pick<BrowserResults, 'firstFrameMs' | 'throttledMs' | 'startup'>> {
  const starts = { ours: [] as { ms: number; phases: Startup }[], raw: [] as number[], oursThrottled: [] as { ms: number; phases: Startup }[], rawThrottled: [] as number[] };
  for (let r = 0; r < REPEATS; r++) {
    starts.ours.push(await firstFrame(browser, base, undefined));
    starts.raw.push((await firstFrame(browser, base, scene)).ms);
    starts.oursThrottled.push(await firstFrame(browser, base, undefined, 4));
    starts.rawThrottled.push((await firstFrame(browser, base, scene, 4)).ms);
  }
  return {
    firstFrameMs: { ours: median(starts.ours.map((s) => s.ms)), raw: median(starts.raw) },
    throttledMs: { ours: median(starts.oursThrottled.map((s) => s.ms)), raw: median(starts.rawThrottled) },
    startup: { plain: medianPhases(starts.ours.map((s) => s.phases)), throttled: medianPhases(starts.oursThrottled.map((s) => s.phases)) },
  };
}

/**
 * The browser benchmarks against the build served at `base`: all of them, or (`startup`) only the
 * first frame and the bytes before it, for a quick look while working on the start-up.
 */
export async function benchBrowser(base: string, only?: 'startup'): Promise<Partial<BrowserResults>> {
  const browser = await launch();
  try {
    const scene = rawScene(...(await sceneSizes(browser, base)));
    const start = await startups(browser, base, scene);
    if (only === 'startup') return { ...start, javascript: await shippedJavaScript(browser, base) };
    const dragged: Frame[] = [];
    const fanned: Frame[] = [];
    const baseline: Frame[] = [];
    for (let r = 0; r < 2; r++) {
      dragged.push(...(await dragFrames(browser, base)).slice(5));
      fanned.push(...(await fanFrames(browser, base)).slice(5));
      baseline.push(...(await rawFrames(browser, base, scene)).slice(5));
    }
    const scrolled: number[] = [];
    const rawScrolled: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      scrolled.push(await scrollToFrame(browser, base, false));
      rawScrolled.push(await scrollToFrame(browser, base, true));
    }
    return {
      ...start,
      drag: figures(dragged, baseline),
      fan: figures(fanned, baseline),
      javascript: await shippedJavaScript(browser, base),
      embed: { javascript: await shippedJavaScript(browser, base, true), scrollToFrameMs: { ours: median(scrolled), raw: median(rawScrolled) } },
    };
  } finally {
    await browser.close();
  }
}

const ms = (v: number): string => `${v.toFixed(1)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

export function printBrowser(r: Partial<BrowserResults>): void {
  console.log('\nPlayground in headless Chromium, software WebGL (SwiftShader), %d×%d.', VIEWPORT.width, VIEWPORT.height);
  console.log('Baseline: the same scene (colour map, 2,000-point route, hiker, loss curve) in bare WebGL2, same canvas sizes.\n');
  const rows = (name: string, f: FrameFigures): string[][] => [
    [`${name}: main-thread JS per frame, p50`, ms(f.workP50), '', '', ''],
    [`${name}: main-thread JS per frame, p95`, ms(f.workP95), '', '', '≤ 12 ms'],
    [`${name}: main-thread JS per frame, max`, ms(f.workMax), '', '', '≤ 30 ms'],
    [`${name}: frame interval, p50`, ms(f.intervalP50), ms(f.rawIntervalP50), ratio(f.intervalP50, f.rawIntervalP50), '≤ 1.25×'],
    [`${name}: frame interval, p95`, ms(f.intervalP95), ms(f.rawIntervalP95), ratio(f.intervalP95, f.rawIntervalP95), ''],
  ];
  const { firstFrameMs, throttledMs, startup, embed, drag, fan, javascript } = r;
  printTable(
    ['measure', 'playground', 'raw WebGL', 'ratio', 'target'],
    [
      ...(firstFrameMs ? [['first frame, 2-D valley (median)', ms(firstFrameMs.ours), ms(firstFrameMs.raw), ratio(firstFrameMs.ours, firstFrameMs.raw), '≤ 2×']] : []),
      ...(throttledMs ? [['first frame, CPU throttled 4×', ms(throttledMs.ours), ms(throttledMs.raw), ratio(throttledMs.ours, throttledMs.raw), '≤ 2.5×']] : []),
      ...(embed ? [['embed: scroll into view to first frame (median)', ms(embed.scrollToFrameMs.ours), ms(embed.scrollToFrameMs.raw), ratio(embed.scrollToFrameMs.ours, embed.scrollToFrameMs.raw), '≤ 1.5×']] : []),
      ...(drag ? rows('rate drag', drag) : []),
      ...(fan ? rows('fan of 12', fan) : []),
    ],
  );
  if (drag && fan) console.log(`\n${drag.frames} frames while dragging, ${fan.frames} with the fan walking; ${(1000 / drag.intervalP50).toFixed(0)} and ${(1000 / fan.intervalP50).toFixed(0)} frames/s at the median (software GL).`);
  if (startup) printStartup(startup);
  const shipped = (title: string, js: Shipped, budget: string): void => {
    console.log(`\n${title} (gzip -9):\n`);
    printTable(['file', 'raw', 'gzip'], [...js.files.map((f) => [f.url, kb(f.bytes), kb(f.gzip)]), ['total', '', `${kb(js.gzipTotal)} (target ${budget})`]]);
  };
  if (javascript) shipped('JavaScript fetched by the page until its first frame', javascript, '≤ 140 kB');
  if (embed) shipped('JavaScript fetched by a post with one <lr-playground> until its first frame', embed.javascript, '≤ 200 kB');
}

function printStartup(startup: BrowserResults['startup']): void {
  console.log('\nWhere the first frame goes: milliseconds from navigation to each mark of the start-up (medians; the phase is the gap to the mark before):\n');
  // In the order the playground reaches them.
  const order = [...PHASES].sort((a, b) => (startup.plain[a] ?? 0) - (startup.plain[b] ?? 0));
  printTable(
    ['reached', 'plain', 'phase', '4× throttled', 'phase'],
    order.map((name, i) => {
      const previous = (set: Startup): number => (i === 0 ? 0 : (set[order[i - 1]!] ?? 0));
      const cell = (set: Startup): [string, string] => [ms(set[name] ?? Number.NaN), ms((set[name] ?? Number.NaN) - previous(set))];
      return [PHASE_NAMES[name], ...cell(startup.plain), ...cell(startup.throttled)];
    }),
  );
}
