/** What a GIF's size depends on. */
export interface GifSizeInput {
  readonly width: number;
  readonly height: number;
  readonly frames: number;
  /** A 2-D valley's colour map costs more to store than a 1-D valley's plain ground. */
  readonly dim: 1 | 2;
  /** Hikers walking (a fan or a race changes more pixels per step). */
  readonly hikers: number;
}

/**
 * Bytes per pixel of the first frame (the whole figure: 13 kB for a 1-D valley, 32–54 kB for a
 * colour map, at 640 × 360), and per pixel of each later frame, which holds only what changed
 * (1.4–1.8 kB a step for one hiker at 640 × 360, 2.6 kB for a race of three, 3.4 kB for a fan
 * of six: about the square root of the hikers), measured on this playground's exports and
 * rounded up.
 */
const FIRST_FRAME = { 1: 0.06, 2: 0.24 } as const;
const LATER_FRAME = 0.008;
/** The header, the palette and the loop. */
const FILE_BYTES = 800;

/** About how many bytes an animated GIF of these frames will take (within a factor of about 1.3 on this playground's scenes). */
export function estimateGifBytes({ width, height, frames, dim, hikers }: GifSizeInput): number {
  const pixels = width * height;
  const later = Math.max(0, frames - 1) * pixels * LATER_FRAME * Math.sqrt(Math.max(1, hikers));
  return Math.round(FILE_BYTES + pixels * FIRST_FRAME[dim] + later);
}

/** A size in words: `640 kB`, `1.8 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
