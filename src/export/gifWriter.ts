import { applyPalette, GIFEncoder, quantize, type Encoder, type Palette } from 'gifenc';

/** The palette's last entry, never a colour of the picture: pixels that did not change since the last frame. */
const UNCHANGED = 255;

/**
 * Writes an animated GIF, frame by frame, with gifenc: one palette for the whole animation
 * (quantized from sample frames, so a colour keeps its index from frame to frame), looping for
 * ever, and every frame after the first storing only the pixels that changed (the others are
 * transparent, and the frame before shows through). A valley that stays put then costs its
 * pixels once, and each step only the few the hikers and the curve moved: a 60-step run at
 * 640 px wide comes to a few hundred kilobytes.
 *
 * Pure computation on arrays, deterministic: it runs in a worker, or on the page where no
 * worker may start.
 */
export class GifWriter {
  private readonly encoder: Encoder = GIFEncoder();
  private palette: Palette | undefined;
  private previous: Uint8Array | undefined;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** Chooses the palette from some frames' RGBA pixels (the first and the last show every colour the run will). */
  setPalette(samples: readonly Uint8ClampedArray[]): void {
    const all = new Uint8ClampedArray(samples.reduce((n, s) => n + s.length, 0));
    let at = 0;
    for (const sample of samples) {
      all.set(sample, at);
      at += sample.length;
    }
    this.palette = quantize(all, UNCHANGED, { format: 'rgb565' });
  }

  /** Adds a frame of RGBA pixels shown for `delayMs` (GIF keeps hundredths of a second). */
  addFrame(rgba: Uint8ClampedArray, delayMs: number): void {
    const palette = this.palette;
    if (!palette) throw new Error('the GIF has no palette yet');
    const index = applyPalette(rgba, palette, 'rgb565');
    const previous = this.previous;
    if (!previous) {
      // The global table, padded to 256 entries so that the last one is free for "unchanged".
      const table = [...palette, ...Array.from({ length: 256 - palette.length }, () => [0, 0, 0])];
      this.encoder.writeFrame(index, this.width, this.height, { palette: table, delay: delayMs, repeat: 0, dispose: 1 });
      this.previous = index;
      return;
    }
    const changes = new Uint8Array(index.length);
    for (let i = 0; i < index.length; i++) {
      const value = index[i] as number;
      if (value === previous[i]) {
        changes[i] = UNCHANGED;
      } else {
        changes[i] = value;
        previous[i] = value;
      }
    }
    this.encoder.writeFrame(changes, this.width, this.height, { delay: delayMs, transparent: true, transparentIndex: UNCHANGED, dispose: 1 });
  }

  /** The GIF file's bytes; the writer is done. */
  finish(): Uint8Array {
    this.encoder.finish();
    return this.encoder.bytes();
  }
}
