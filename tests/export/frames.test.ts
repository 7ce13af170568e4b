import { describe, expect, test } from 'vitest';
import { durationSeconds, GIF_END_HOLD_MS, gifFrames, videoFrames } from '../../src/export/frames';
import { estimateGifBytes, formatBytes } from '../../src/export/estimate';

describe('gifFrames', () => {
  test('one frame per step from `from` to `to`, the last held before the loop', () => {
    const frames = gifFrames(10, 60, 10);
    expect(frames).toHaveLength(51);
    expect(frames.map((f) => f.position)).toEqual(Array.from({ length: 51 }, (_, i) => 10 + i));
    expect(frames.slice(0, -1).every((f) => f.delayMs === 100)).toBe(true);
    expect(frames.at(-1)!.delayMs).toBe(GIF_END_HOLD_MS);
    expect(durationSeconds(frames)).toBeCloseTo(5 + 1.5, 12);
  });
});

describe('videoFrames', () => {
  test('the playhead walks stepsPerSecond between frames, lands on `to`, then holds a second', () => {
    const frames = videoFrames(0, 3, 30, 4);
    // 3 steps at 4 a second is 0.75 s: 22.5 frames, rounded up, plus the first and 30 to hold.
    expect(frames).toHaveLength(23 + 1 + 30);
    expect(frames[1]!.position).toBeCloseTo(4 / 30, 12);
    expect(frames[23]!.position).toBe(3);
    expect(frames.slice(24).every((f) => f.position === 3)).toBe(true);
    expect(frames.at(-1)!.afterEndSeconds).toBeCloseTo(1, 12);
    expect(frames.slice(0, 24).every((f) => f.afterEndSeconds === 0)).toBe(true);
    expect(durationSeconds(frames)).toBeCloseTo(frames.length / 30, 12);
  });
});

describe('estimateGifBytes', () => {
  test('a 60-step run at 640 px wide comes to well under 2 MB, even a fan of twelve on a colour map', () => {
    expect(estimateGifBytes({ width: 640, height: 360, frames: 61, dim: 2, hikers: 1 })).toBeLessThan(300_000);
    expect(estimateGifBytes({ width: 640, height: 360, frames: 61, dim: 2, hikers: 12 })).toBeLessThan(2_000_000);
  });

  test('grows with the frames, the size, the hikers and a colour map', () => {
    const base = { width: 640, height: 360, frames: 61, dim: 1 as const, hikers: 1 };
    const size = estimateGifBytes(base);
    expect(estimateGifBytes({ ...base, frames: 120 })).toBeGreaterThan(size);
    expect(estimateGifBytes({ ...base, width: 960, height: 540 })).toBeGreaterThan(size);
    expect(estimateGifBytes({ ...base, hikers: 6 })).toBeGreaterThan(size);
    expect(estimateGifBytes({ ...base, dim: 2 })).toBeGreaterThan(size);
  });

  test('formatBytes: bytes, kB, MB', () => {
    expect([formatBytes(512), formatBytes(131_072), formatBytes(1_840_000)]).toEqual(['512 bytes', '131 kB', '1.8 MB']);
  });
});
