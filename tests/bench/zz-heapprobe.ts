import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { cycle, installWebglCounter } from './soak';
import { chromiumArgs, findChromium } from '../tools/chromium.mjs';

export async function run(base: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium()!, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(installWebglCounter);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}/?surface=rosenbrock`);
  await page.locator('#app[data-ready]').waitFor();
  await page.addScriptTag({ type: 'module', url: `${base}/lr-playground.js` });
  const snap = async (file: string) => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    const listener = (e: { chunk: string }) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', listener);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    writeFileSync(file, chunks.join(''));
    cdp.off('HeapProfiler.addHeapSnapshotChunk', listener);
  };
  for (let r = 0; r < 30; r++) await cycle(page, r);
  await snap('/tmp/probe/h30.heapsnapshot');
  for (let r = 30; r < 60; r++) await cycle(page, r);
  await snap('/tmp/probe/h60.heapsnapshot');
  await browser.close();
}
