import { expect, test, type Page } from '@playwright/test';
import { derive } from '../src/state/derive';
import { decodeSettings, locationEntries } from '../src/state/url';
import { videoFrames } from '../src/export/frames';
import { collectErrors, data, hashSettings, open, playground } from './helpers';
import { chooseExport, downloadOf, exportField, gifInfo, pngSize, videoInfo } from './exportFiles';

/**
 * The Export menu: each item ends in a download of its kind, named after the scene, made from the
 * scene as shown, and exporting changes nothing in the playground.
 */

const PARABOLA = 'surface=parabola&lr=0.9';

/** What the playground shows and holds: exporting must leave all of it as it was. */
const state = async (page: Page) => ({
  step: await data(page, 'step'),
  status: await data(page, 'status'),
  hash: await page.evaluate(() => location.hash),
  hikerAt: await page.locator('.lrp-stage').getAttribute('data-hiker'),
});

const dialog = (page: Page) => page.getByRole('dialog');

test('the Export menu works from the keyboard: arrows move, Escape closes and gives focus back; it hides in presenter mode', async ({ page }) => {
  await open(page, PARABOLA);
  const button = page.getByRole('button', { name: 'Export' });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = page.getByRole('menuitem');
  await expect(items).toHaveText(['Picture (PNG)', 'Animation (GIF)…', 'Video (MP4)…', 'Video (WebM)…', 'Data (CSV)', 'Data (JSON)']);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  // The menu's keys move in the menu, never the playhead or the rate.
  expect(await data(page, 'step')).toBe('0');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // Tab from the menu closes it.
  await page.keyboard.press('Enter');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu')).toBeHidden();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(button).toBeHidden();
});

test('Picture (PNG): a 1920 × 1080 PNG named after the scene, and the playground unchanged', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, PARABOLA);
  await page.locator('.lrp-transport').getByRole('button', { name: 'Step' }).click();
  await expect(playground(page)).toHaveAttribute('data-step', '1');
  const before = await state(page);
  const { name, file } = await downloadOf(page, () => chooseExport(page, 'Picture (PNG)'));
  expect(name).toBe('lr-playground-parabola-lr0.9.png');
  expect(pngSize(file)).toEqual({ width: 1920, height: 1080 });
  await expect(page.locator('.lrp-export [role=status]')).toHaveText(/^Saved lr-playground-parabola-lr0\.9\.png/);
  expect(await state(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test('the same link exports identical PNG and GIF bytes twice', async ({ page }) => {
  const link = 'surface=quadratic&lr=0.3&steps=12';
  const exports = async (): Promise<[string, string]> => {
    await open(page, link);
    const picture = await downloadOf(page, () => chooseExport(page, 'Picture (PNG)'));
    await chooseExport(page, 'Animation (GIF)…');
    await exportField(dialog(page), 'Width (pixels)').fill('320');
    const gif = await downloadOf(page, () => dialog(page).getByRole('button', { name: 'Make the GIF' }).click());
    return [picture.file.toString('base64'), gif.file.toString('base64')];
  };
  const first = await exports();
  const second = await exports();
  expect(second[0] === first[0], 'the PNG bytes differ').toBe(true);
  expect(second[1] === first[1], 'the GIF bytes differ').toBe(true);
});

test('Animation (GIF): as many frames as steps in the range, at the chosen size, looping, under its estimate', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, 'surface=quadratic&lr=0.05&steps=60');
  const before = await state(page);
  await chooseExport(page, 'Animation (GIF)…');
  const box = dialog(page);
  await expect(box).toBeVisible();
  await expect(exportField(box, 'From step')).toBeFocused();
  await expect(exportField(box, 'To step')).toHaveValue('60');
  await expect(exportField(box, 'Width (pixels)')).toHaveValue('640');
  await expect(box.getByRole('button', { name: 'Make an animated GIF instead' })).toBeHidden();
  // A bad value is named, and nothing can be made until it is fixed.
  await exportField(box, 'Width (pixels)').fill('5000');
  await expect(box.locator('.lrp-export-estimate')).toHaveText(/Check “Width \(pixels\)”: 5000 \(must be a whole number from 160 to 1920\)/);
  await expect(box.getByRole('button', { name: 'Make the GIF' })).toBeDisabled();
  await exportField(box, 'Width (pixels)').fill('');
  await expect(box.locator('.lrp-export-estimate')).toHaveText(/^Check “Width \(pixels\)”: "" \(must be/);
  await exportField(box, 'Width (pixels)').fill('640');
  await exportField(box, 'From step').fill('10');
  await exportField(box, 'Frames per second').fill('10');
  const estimate = Number(/about ([\d.]+) (kB|MB)/.exec((await box.locator('.lrp-export-estimate').textContent()) ?? '')?.slice(1).reduce((v, unit) => String(Number(v) * (unit === 'MB' ? 1e6 : 1e3))));
  await expect(box.locator('.lrp-export-estimate')).toContainText('51 frames, 640 × 360 pixels');
  const started = Date.now();
  const { name, file } = await downloadOf(page, () => box.getByRole('button', { name: 'Make the GIF' }).click());
  const seconds = (Date.now() - started) / 1000;
  expect(name).toBe('lr-playground-quadratic-lr0.05.gif');
  const gif = gifInfo(file);
  expect({ width: gif.width, height: gif.height, frames: gif.delays.length, loops: gif.loops }).toEqual({ width: 640, height: 360, frames: 51, loops: 0 });
  expect(gif.delays.slice(0, -1).every((d) => d === 10)).toBe(true);
  expect(gif.delays.at(-1)).toBe(150);
  expect(file.length).toBeGreaterThan(estimate / 2);
  expect(file.length).toBeLessThan(estimate * 2);
  expect(file.length).toBeLessThan(2_000_000);
  await expect(box).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();
  expect(await state(page)).toEqual(before);
  console.log(`GIF of 51 steps at 640 × 360: ${(file.length / 1000).toFixed(0)} kB (estimated ${(estimate / 1000).toFixed(0)} kB) in ${seconds.toFixed(1)} s`);
  expect(errors).toEqual([]);
});

test('a GIF in the making shows its progress and can be cancelled: no download, the dialog stays', async ({ page }) => {
  await open(page, 'surface=rosenbrock&lr=0.001&steps=400');
  await chooseExport(page, 'Animation (GIF)…');
  const box = dialog(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  await box.getByRole('button', { name: 'Make the GIF' }).click();
  await expect(box.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(box.getByRole('status')).toContainText(/Making the animation/);
  await box.getByRole('button', { name: 'Cancel' }).click();
  await expect(box.getByRole('status')).toHaveText('Cancelled.');
  await expect(box.getByRole('button', { name: 'Close' })).toBeVisible();
  expect(downloads).toBe(0);
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
});

for (const [format, label, codec] of [
  ['mp4', 'Video (MP4)…', 'avc'],
  ['webm', 'Video (WebM)…', 'vp9'],
] as const) {
  test(`${label.replace('…', '')}: a ${format.toUpperCase()} whose header parses and whose duration matches its frames, or the message and the GIF offer`, async ({ page }) => {
    test.setTimeout(180_000);
    await open(page, PARABOLA);
    const supported = await page.evaluate(
      async (codec) => typeof VideoEncoder !== 'undefined' && (await VideoEncoder.isConfigSupported({ codec, width: 1920, height: 1080 })).supported === true,
      format === 'mp4' ? 'avc1.640028' : 'vp09.00.40.08',
    );
    await chooseExport(page, label);
    const box = dialog(page);
    if (!supported) {
      // This Chromium has no encoder for it: the dialog says so and offers the GIF instead.
      await expect(box).toContainText(/cannot (encode|make a video)/);
      await expect(box.getByRole('button', { name: 'Make an animated GIF instead' })).toBeFocused();
      return;
    }
    // VP9 encodes slowly in software: a smaller video of the same run.
    const width = format === 'webm' ? 640 : 1920;
    await exportField(box, 'Width (pixels)').fill(String(width));
    await exportField(box, 'Steps per second').fill('4');
    const started = Date.now();
    const { name, file } = await downloadOf(page, () => box.getByRole('button', { name: 'Make the video' }).click(), 170_000);
    const seconds = (Date.now() - started) / 1000;
    expect(name).toBe(`lr-playground-parabola-lr0.9.${format}`);
    const { lastStep } = derive(decodeSettings(locationEntries('', `#${PARABOLA}`)).settings);
    const frames = videoFrames(0, lastStep, 30, 4);
    const video = await videoInfo(file);
    expect(video).toMatchObject({ codec, width, height: (width * 9) / 16, frames: frames.length });
    expect(video.duration).toBeCloseTo(frames.length / 30, 2);
    console.log(`${format.toUpperCase()} at ${width} × ${(width * 9) / 16}, ${frames.length} frames: ${(file.length / 1000).toFixed(0)} kB in ${seconds.toFixed(1)} s`);
  });
}

test('without WebCodecs, the video items say so and offer the GIF, which then works', async ({ page }) => {
  await page.addInitScript(() => {
    delete (globalThis as { VideoEncoder?: unknown }).VideoEncoder;
  });
  await open(page, PARABOLA);
  await chooseExport(page, 'Video (MP4)…');
  const box = dialog(page);
  await expect(box).toContainText('This browser has no video encoder for pages (WebCodecs), so it cannot make a video here. An animated GIF shows the same run.');
  await expect(box.getByRole('button', { name: 'Make the video' })).toBeDisabled();
  await box.getByRole('button', { name: 'Make an animated GIF instead' }).click();
  await expect(box.getByRole('heading')).toHaveText('Animation (GIF)');
  const { file } = await downloadOf(page, () => box.getByRole('button', { name: 'Make the GIF' }).click());
  expect(gifInfo(file).delays).toHaveLength(4);
});

test('Data (CSV): one row per point of every route, equal to the core’s runs to 1e-12', async ({ page }) => {
  const link = 'scene=fan-1d&steps=80&noise=0.3';
  await open(page, link);
  const { name, file } = await downloadOf(page, () => chooseExport(page, 'Data (CSV)'));
  expect(name).toMatch(/^lr-playground-parabola-fan-lr[\d.]+-[\d.]+\.csv$/);
  const [header, ...rows] = file.toString('utf8').trimEnd().split('\n');
  expect(header).toBe('hiker,label,optimizer,step,x,loss,grad_x,lr,used_grad_x,status,stop_reason');
  const expected = derive(decodeSettings(locationEntries('', `#${link}`)).settings);
  expect(rows).toHaveLength(expected.runs.reduce((n, run) => n + run.stoppedAt + 1, 0));
  const close = (text: string, value: number): void => expect(Math.abs(Number(text) - value)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(value)));
  let row = 0;
  expected.runs.forEach((run, h) => {
    for (let k = 0; k <= run.stoppedAt; k++) {
      const cells = rows[row++]!.split(',');
      expect(cells.slice(0, 4)).toEqual([String(h + 1), expected.specs[h]!.label, run.optimizer, String(k)]);
      close(cells[4]!, run.path[k]![0]!);
      close(cells[5]!, run.losses[k]!);
      close(cells[6]!, run.grads[k]![0]!);
      if (k < run.stoppedAt) {
        close(cells[7]!, run.lrs[k]!);
        close(cells[8]!, run.usedGrads![k]![0]!);
      }
      expect(cells[9]).toBe(k === run.stoppedAt ? run.status : 'running');
    }
  });
});

test('Data (JSON): every run with the settings and the share link', async ({ page }) => {
  await open(page, 'surface=rosenbrock&optimizer=adam&lr=0.05&steps=50&schedule=cosine');
  const { name, file } = await downloadOf(page, () => chooseExport(page, 'Data (JSON)'));
  expect(name).toBe('lr-playground-rosenbrock-adam-lr0.05.json');
  const json = JSON.parse(file.toString('utf8'));
  const expected = derive(decodeSettings(locationEntries('', '#surface=rosenbrock&optimizer=adam&lr=0.05&steps=50&schedule=cosine')).settings);
  expect(json.settings).toMatchObject({ surface: 'rosenbrock', optimizer: 'adam', lr: 0.05, steps: 50, schedule: 'cosine' });
  expect(json.link).toBe(`${page.url().split('#')[0]}#${json.hash}`);
  expect(new URLSearchParams(json.hash).get('lr')).toBe('0.05');
  const [hiker] = json.hikers;
  expect(hiker.position).toEqual(expected.runs[0]!.path);
  expect(hiker.loss).toEqual(expected.runs[0]!.losses);
  expect(hiker.lrUsed).toEqual(expected.runs[0]!.lrs);
  expect(hiker.hyperparams).toMatchObject({ beta1: 0.9, beta2: 0.999 });
  // Following the link reproduces the scene.
  await page.goto(json.link);
  await expect.poll(async () => (await hashSettings(page)).get('schedule')).toBe('cosine');
});

test('the export code is not in the first frame’s JavaScript: it loads when the menu is used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await open(page, PARABOLA);
  await expect(playground(page)).toHaveAttribute('data-step', '0');
  const first = [...scripts];
  expect(first.length).toBeGreaterThan(0);
  await downloadOf(page, () => chooseExport(page, 'Data (CSV)'));
  const later = scripts.filter((s) => !first.includes(s));
  expect(later.length, 'the export chunk loads on demand').toBeGreaterThan(0);
  // Before the export, nothing but the playground; mediabunny comes only with a video.
  expect(first.join(' ')).not.toMatch(/export|video|gif/);
  expect(later.join(' ')).not.toMatch(/video/);
});

test('axe finds no violation with the Export menu open, nor in the export dialog', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const violations = async (): Promise<string[]> =>
    (await new AxeBuilder({ page }).include('.lrp-header').include('.lrp-export-dialog').analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await open(page, PARABOLA);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.getByRole('menuitem', { name: 'Animation (GIF)…' }).click();
  await expect(dialog(page)).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();
});
