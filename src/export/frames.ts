/** One frame of an animation or a video: where the playhead stands, and for how long it shows. */
export interface Frame {
  /** The playhead's position, in steps (fractional between two points). */
  readonly position: number;
  readonly delayMs: number;
  /** Seconds since the last step was reached (a diverged hiker tumbles away meanwhile); 0 before. */
  readonly afterEndSeconds: number;
}

/** How long an animation holds its last frame before it loops. */
export const GIF_END_HOLD_MS = 1500;
/** How long a video holds its end, for the last hiker to tumble away and the eye to rest. */
export const VIDEO_END_HOLD_SECONDS = 1;

/**
 * The frames of an animated GIF of steps `from` to `to`: one per step (`to − from + 1` frames),
 * `fps` a second, the last held {@link GIF_END_HOLD_MS} before the loop starts again.
 */
export function gifFrames(from: number, to: number, fps: number): Frame[] {
  const delayMs = 1000 / fps;
  return Array.from({ length: to - from + 1 }, (_, i) => ({
    position: from + i,
    delayMs: from + i === to ? Math.max(delayMs, GIF_END_HOLD_MS) : delayMs,
    afterEndSeconds: 0,
  }));
}

/**
 * The frames of a video of steps `from` to `to` at `fps` frames a second, the playhead moving
 * `stepsPerSecond` steps a second (so hops are drawn in between), then the end held for
 * {@link VIDEO_END_HOLD_SECONDS}. Its duration is the number of frames over `fps`.
 */
export function videoFrames(from: number, to: number, fps: number, stepsPerSecond: number): Frame[] {
  const delayMs = 1000 / fps;
  const walking = Math.ceil(((to - from) * fps) / stepsPerSecond);
  const frames: Frame[] = [];
  for (let i = 0; i <= walking; i++) frames.push({ position: Math.min(to, from + (i * stepsPerSecond) / fps), delayMs, afterEndSeconds: 0 });
  const hold = Math.round(VIDEO_END_HOLD_SECONDS * fps);
  for (let i = 1; i <= hold; i++) frames.push({ position: to, delayMs, afterEndSeconds: i / fps });
  return frames;
}

/** The duration of a sequence of frames, in seconds. */
export const durationSeconds = (frames: readonly Frame[]): number => frames.reduce((sum, f) => sum + f.delayMs, 0) / 1000;
