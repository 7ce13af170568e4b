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
 * Bytes per pixel of the first frame (the whole figure), and per pixel and hiker of each later
 * frame (only what changed), measured on this playground's exports (see the README's Export
 * section) and rounded up.
 */
const FIRST_FRAME = { 1: 0.16, 2: 0.5 } as const;
const PER_FRAME_AND_HIKER = 0.012;
/** A frame of no change still costs its header and a run of "unchanged" codes. */
const FRAME_FLOOR = 600;

/** About how many bytes an animated GIF of these frames will take. */
export function estimateGifBytes({ width, height, frames, dim, hikers }: GifSizeInput): number {
  const pixels = width * height;
  const later = Math.max(0, frames - 1) * (FRAME_FLOOR + pixels * PER_FRAME_AND_HIKER * Math.sqrt(Math.max(1, hikers)));
  return Math.round(800 + pixels * FIRST_FRAME[dim] + later);
}

/** A size in words: `640 kB`, `1.8 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
