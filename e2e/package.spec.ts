import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSync } from 'vite';
import { collectErrors } from './helpers';
import { hostsFile, projectRoot, type Hosts } from './hosts/paths';

/**
 * The npm package, as someone who installs it gets it: packed with `npm pack`, installed from the
 * tarball alone into a scratch Vite app (with React 19) and a scratch Node project (both made by
 * the setup, `hosts/setup.ts`), and used there.
 */

const hosts = (): Hosts => JSON.parse(readFileSync(hostsFile, 'utf8')) as Hosts;
const installed = (file: string): string => join(hosts().nodeScratch, 'node_modules', 'lr-playground', file);

/** The packages a module imports (statically, by re-export or by import()), read by a parser, not from text in strings: a self-contained bundle has none. */
function packageImports(file: string): string[] {
  const code = readFileSync(installed(file), 'utf8');
  const { module, errors } = parseSync(file, code);
  expect(errors, file).toEqual([]);
  const specifiers = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.flatMap((entry) => (entry.moduleRequest ? [entry.moduleRequest.value] : []))),
    ...module.dynamicImports.map((d) => code.slice(d.moduleRequest.start, d.moduleRequest.end).replace(/^["'`]|["'`]$/g, '')),
  ];
  return specifiers.filter((specifier) => !/^\.\.?\//.test(specifier));
}

test('npm pack gives a self-contained package: no dependencies, both entries bundled, types, licence, README, the iframe page and the worker', async () => {
  const { pack } = hosts();
  const files = pack.files.map((f) => f.path).sort();
  for (const file of ['LICENSE', 'README.md', 'package.json', 'core.js', 'lr-playground.js', 'lr-playground-companions.js', 'lr-playground-sweep.js', 'lr-playground-export.js', 'lr-playground-gif.js', 'lr-playground-video.js', 'lr-playground.node.js', 'embed.html', 'embed.js', 'types/element.d.ts', 'types/core/package.d.ts', 'types/core/index.d.ts']) {
    expect(files).toContain(file);
  }
  // Every file a packed script loads from beside itself (a chunk, a worker) is packed too.
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    for (const [, beside] of readFileSync(installed(file), 'utf8').matchAll(/["'`](?:\.\/)?(lr-playground-[\w-]+\.js)["'`]/g)) expect(files, `${file} loads ${beside}`).toContain(beside);
  }
  const meta = JSON.parse(readFileSync(installed('package.json'), 'utf8')) as Record<string, unknown>;
  expect(meta.dependencies).toBeUndefined();
  expect(meta.private).toBeUndefined();
  expect(meta.license).toBe('MIT');
  for (const file of [...files.filter((f) => f.endsWith('.js')), ...files.filter((f) => f.endsWith('.d.ts'))]) expect(packageImports(file), file).toEqual([]);
  const licence = readFileSync(installed('LICENSE'), 'utf8');
  expect(licence).toMatch(/^MIT License/);
  for (const bundled of ['pixi.js', 'lil-gui', 'd3-scale', 'd3-shape']) expect(licence).toMatch(new RegExp(`^## ${bundled} \\d`, 'm'));
  expect(readFileSync(installed('README.md'), 'utf8')).toMatch(/^# lr-playground[\s\S]*## Use it from npm[\s\S]*## Use it in slides/);

  // Sizes as the benchmarks count them: gzip at level 9, in units of 1,024 bytes.
  const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
  const gzip = (file: string): number => kb(gzipSync(readFileSync(installed(file)), { level: 9 }).length);
  const sizes = { tarball: kb(pack.size), unpacked: kb(pack.unpackedSize), elementGzip: gzip('lr-playground.js'), coreGzip: gzip('core.js') };
  test.info().annotations.push({ type: 'sizes (kB)', description: JSON.stringify(sizes) });
  console.log(`lr-playground package, kB: ${JSON.stringify(sizes)}`);
  // The element's budget (the README's): one script of at most 150 kB gzipped before its first
  // frame; its companions, exporters and workers load after it.
  expect(sizes.elementGzip).toBeLessThanOrEqual(150);
});

test('in a scratch Node project, the README’s example of the core runs and prints what its comments say; importing the element defines nothing', async () => {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const example = /The core runs in Node and in the browser[^\n]*\n\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const { nodeScratch } = hosts();
  writeFileSync(join(nodeScratch, 'example.mjs'), `import 'lr-playground';\n${example!}`);
  const printed = execFileSync(process.execPath, ['example.mjs'], { cwd: nodeScratch, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } })
    .trim()
    .split('\n');
  const promised = example!.split('\n').flatMap((line) => (/console\.log\(.*\/\/ (.*)$/.exec(line)?.[1] ?? null) ?? []);
  expect(promised.length).toBe(4);
  expect(printed).toEqual(promised);
});

test('a consumer type-checks against the package’s declarations: a page with the element, and a Node script with the core alone', async () => {
  const { nodeScratch } = hosts();
  writeFileSync(
    join(nodeScratch, 'page.ts'),
    `import 'lr-playground';
import type { LrPlaygroundEventMap, LrPlaygroundSettings, PlaygroundStatus } from 'lr-playground';
import { simulate, type Run } from 'lr-playground/core';

const element = document.createElement('lr-playground');
element.lr = 0.5;
element.weightDecay = 0.01;
element.start = [1, 2];
element.race = [{ optimizer: 'adam', lr: 0.05 }];
element.mode = 'fan';
element.theme = 'dark';
element.play();
element.addEventListener('statuschange', (event) => {
  const status: PlaygroundStatus = event.detail.status;
  console.log(status.toUpperCase());
});
element.addEventListener('step', (event) => console.log(event.detail.step + event.detail.loss));
const found: LrPlaygroundSettings['lr'] = document.querySelector('lr-playground')?.lr;
const run: Run = simulate({ surface: 'parabola', lr: 0.1, start: [1] });
console.log(found, run.status, ({} as LrPlaygroundEventMap).step);
// @ts-expect-error: a learning rate is a number
element.lr = 'fast';
// @ts-expect-error: there is no such mode
element.mode = 'sprint';
// @ts-expect-error: no such setting
element.learningRate = 0.1;
`,
  );
  writeFileSync(
    join(nodeScratch, 'script.ts'),
    `import { simulate, simulateBatch, stabilityAt, surfaceFromFormula, explainStep, surfaces, optimizers, schedules, type BatchRun } from 'lr-playground/core';

const run = simulate({ surface: 'rosenbrock', optimizer: 'adam', lr: 0.05, beta1: 0.8 });
const batch: BatchRun = simulateBatch({ surface: surfaceFromFormula('x^2'), lr: [0.1, 1.5] });
const critical: number | undefined = stabilityAt(surfaces.parabola, [1], 'sgd')?.criticalLr;
console.log(run.path.length, batch.statuses, critical, explainStep({ surface: 'parabola', lr: 0.1 }, 1).lines, Object.keys(optimizers), Object.keys(schedules));
// @ts-expect-error: lr is required
simulate({ surface: 'parabola' });
`,
  );
  const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const check = (file: string, options: Record<string, unknown>): string => {
    const config = join(nodeScratch, `tsconfig.${file}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions: { noEmit: true, strict: true, skipLibCheck: false, skipDefaultLibCheck: true, target: 'es2022', types: [], ...options }, files: [file] }));
    try {
      return execFileSync(process.execPath, [tsc, '-p', config], { cwd: nodeScratch, encoding: 'utf8' });
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error);
    }
  };
  // A bundler's resolution, with the DOM; and Node's own, with no DOM at all.
  expect(check('page.ts', { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'] })).toBe('');
  expect(check('script.ts', { module: 'node16', moduleResolution: 'node16', lib: ['es2022'], types: ['node'], typeRoots: [join(projectRoot, 'node_modules', '@types')] })).toBe('');
});

async function ready(page: Page, selector: string): Promise<void> {
  await expect(page.locator(selector)).toHaveAttribute('data-step', /\d+/);
}

test('a Vite app that installed the tarball runs the element (its sweep in the worker Vite copied beside it) and the core', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/hosts/app/index.html');
  await ready(page, '#markup');
  await ready(page, '#made');
  await expect(page.locator('#core')).toHaveText('diverged 2');
  await expect(page.locator('#made')).toHaveAttribute('data-lr', '0.002');
  await expect(page.locator('#made')).toHaveAttribute('data-dim', '2');
  await expect(page.locator('#markup .lrp-sweep-dots > *')).toHaveCount(300);
  await expect(page.locator('#markup .lrp-sweep-box')).toHaveAttribute('data-computed-in', 'worker');
  expect(errors).toEqual([]);
});

for (const [name, path] of [
  ['renders it with the element defined', 'react.html'],
  ['renders it before the element is defined, then loads it', 'react-late.html'],
] as const) {
  test(`React 19 sets the element's properties and hears its statuschange: an app that ${name}`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/hosts/app/${path}`);
    const figure = page.locator('#figure');
    await ready(page, '#figure');
    await expect(figure).toHaveAttribute('data-lr', '0.05');
    expect(await figure.evaluate((e) => (e as unknown as { start: number[] }).start)).toEqual([2]);
    await expect(page.locator('#status')).toHaveText('idle');
    await figure.evaluate((e) => (e as unknown as { play(): void }).play());
    await expect(page.locator('#status')).toHaveText('playing');
    await page.locator('#faster').click();
    await expect(figure).toHaveAttribute('data-lr', '0.5');
    // A race's entries reach the element only as a property (as an attribute they would be "[object Object]").
    if (path === 'react.html') await expect(page.locator('#race')).toHaveAttribute('data-hikers', '2');
    expect(errors).toEqual([]);
  });
}
