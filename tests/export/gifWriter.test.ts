import { describe, expect, test } from 'vitest';
import { GifWriter } from '../../src/export/gifWriter';

/** The frames of a GIF: each image's pixel indices are not decoded, only counted, with their delays and transparency. */
function frames(bytes: Uint8Array): { delay: number; transparent: boolean }[] {
  const view = Buffer.from(bytes);
  expect(view.toString('latin1', 0, 6)).toBe('GIF89a');
  const packed = view[10]!;
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const out: { delay: number; transparent: boolean }[] = [];
  let control = { delay: 0, transparent: false };
  const skip = (at: number): number => {
    let j = at;
    while (view[j] !== 0) j += view[j]! + 1;
    return j + 1;
  };
  while (view[i] !== 0x3b) {
    if (view[i] === 0x21) {
      if (view[i + 1] === 0xf9) control = { delay: view.readUInt16LE(i + 4), transparent: (view[i + 3]! & 1) === 1 };
      i = skip(i + 3 + view[i + 2]!);
    } else {
      i = skip(i + 11);
      out.push(control);
    }
  }
  return out;
}

const solid = (w: number, h: number, rgb: [number, number, number], dot?: [number, number]): Uint8ClampedArray => {
  const px = new Uint8ClampedArray(w * h * 4);
  for (let p = 0; p < w * h; p++) px.set([...rgb, 255], p * 4);
  if (dot) px.set([255, 122, 26, 255], (dot[1] * w + dot[0]) * 4);
  return px;
};

describe('GifWriter', () => {
  test('writes one image per frame with its delay, later frames storing only changes (transparent)', () => {
    const writer = new GifWriter(16, 8);
    const a = solid(16, 8, [20, 30, 90], [2, 2]);
    const b = solid(16, 8, [20, 30, 90], [5, 3]);
    writer.setPalette([a, b]);
    writer.addFrame(a, 100);
    writer.addFrame(b, 100);
    writer.addFrame(b, 1500);
    const gif = frames(writer.finish());
    expect(gif).toEqual([
      { delay: 10, transparent: false },
      { delay: 10, transparent: true },
      { delay: 150, transparent: true },
    ]);
  });

  test('the same frames give the same bytes', () => {
    const make = (): Uint8Array => {
      const writer = new GifWriter(16, 8);
      const a = solid(16, 8, [200, 220, 40], [1, 1]);
      writer.setPalette([a]);
      writer.addFrame(a, 50);
      return writer.finish();
    };
    expect(Buffer.from(make()).equals(Buffer.from(make()))).toBe(true);
  });

  test('refuses a frame before its palette', () => {
    expect(() => new GifWriter(2, 2).addFrame(new Uint8ClampedArray(16), 10)).toThrow('the GIF has no palette yet');
  });
});
