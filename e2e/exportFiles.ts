import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Reads exported files back, byte by byte, independently of the code that wrote them. */

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's size from its header (IHDR), after checking its signature. */
export function pngSize(file: Buffer): { width: number; height: number } {
  expect([...file.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(file.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

export interface GifInfo {
  readonly width: number;
  readonly height: number;
  /** Each frame's delay, in hundredths of a second. */
  readonly delays: readonly number[];
  /** The NETSCAPE2.0 loop count (0: for ever); undefined when it does not loop. */
  readonly loops?: number;
}

/** Skips a chain of sub-blocks starting at `at`; returns where the chain ends. */
function skipSubBlocks(file: Buffer, at: number): number {
  let i = at;
  while (file[i] !== 0) i += (file[i] as number) + 1;
  return i + 1;
}

/** Walks a GIF's blocks: its logical screen, each frame (image descriptor) and its delay, and its loop extension. */
export function gifInfo(file: Buffer): GifInfo {
  expect(file.toString('latin1', 0, 6)).toBe('GIF89a');
  const width = file.readUInt16LE(6);
  const height = file.readUInt16LE(8);
  const packed = file[10] as number;
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const delays: number[] = [];
  let delay = 0;
  let loops: number | undefined;
  while (i < file.length) {
    const block = file[i];
    if (block === 0x3b) return { width, height, delays, ...(loops === undefined ? {} : { loops }) };
    if (block === 0x21) {
      const label = file[i + 1];
      if (label === 0xf9) delay = file.readUInt16LE(i + 4);
      if (label === 0xff && file.toString('latin1', i + 3, i + 14) === 'NETSCAPE2.0') loops = file.readUInt16LE(i + 16);
      i = skipSubBlocks(file, i + 2 + (file[i + 2] as number) + 1);
    } else if (block === 0x2c) {
      const local = file[i + 9] as number;
      i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0);
      i = skipSubBlocks(file, i + 1);
      delays.push(delay);
    } else {
      throw new Error(`not a GIF block at byte ${i}: ${block}`);
    }
  }
  throw new Error('the GIF has no trailer');
}

/** A video's container, codec, size and duration, read by mediabunny's demuxer. */
export async function videoInfo(file: Buffer): Promise<{ format: string; codec: string | null; width: number; height: number; duration: number; frames: number }> {
  const input = new Input({ source: new BufferSource(file), formats: ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('the video has no video track');
  const stats = await track.computePacketStats();
  return {
    format: (await input.getFormat()).name,
    codec: await track.getCodec(),
    width: await track.getDisplayWidth(),
    height: await track.getDisplayHeight(),
    duration: await input.computeDuration(),
    frames: stats.packetCount,
  };
}

/** Runs `start` and returns the download it causes: its suggested name and its bytes. */
export async function downloadOf(page: Page, start: () => Promise<unknown>, timeout = 120_000): Promise<{ name: string; file: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), start()]);
  return { name: (download as Download).suggestedFilename(), file: await readFile(await (download as Download).path()) };
}

/** Opens the Export menu and chooses an item by its text. */
export async function chooseExport(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** The export dialog's field of `label`. */
export const exportField = (dialog: Locator, label: string): Locator => dialog.getByLabel(label, { exact: true });

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

/** Serves `body` as /host.html (with the element's module, and a policy if given) and opens it. */
export async function hostPage(page: Page, body: string, csp?: string): Promise<void> {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>A post</title><script type="module" src="/lr-playground.js"></script></head><body>${body}</body></html>`;
  await page.route('**/host.html*', (route) => route.fulfill({ contentType: 'text/html', headers: csp ? { 'content-security-policy': csp } : {}, body: html }));
  await page.goto('/host.html');
  await page.waitForFunction(() => customElements.get('lr-playground') !== undefined);
}

/** Calls `toBlob` on the element `#id`: the file's bytes and type, or the error's message. */
export async function elementBlob(page: Page, id: string, format: string, options: object = {}): Promise<{ file: Buffer; type: string } | { error: string }> {
  const result = await page.evaluate(
    async ({ id, format, options }) => {
      const element = document.getElementById(id) as HTMLElement & { toBlob(format: string, options?: object): Promise<Blob> };
      try {
        const blob = await element.toBlob(format, options);
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { base64: btoa(text), type: blob.type };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
    { id, format, options },
  );
  if (result.error !== undefined) return { error: result.error };
  return { file: Buffer.from(result.base64 ?? '', 'base64'), type: result.type ?? '' };
}
