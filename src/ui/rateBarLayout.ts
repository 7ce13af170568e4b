/**
 * Where the rate bar's words go, in pixels along its track: pure arithmetic on positions and
 * measured widths, so it is tested without a page.
 */

/** A landmark's line on the track, and the width of its label. */
export interface TickMark {
  readonly kind: 'optimal' | 'critical';
  /** Pixels from the track's left end. */
  readonly x: number;
  readonly width: number;
}

/** A label placed on the track: which landmarks it names, and its left edge in pixels. */
export interface LabelPlace {
  readonly kinds: readonly TickMark['kind'][];
  readonly left: number;
}

/** Lines closer than this (pixels) share one label. */
export const MERGE_WITHIN_PX = 30;

/** The gap between a line and its label, and between two labels. */
const GAP = 4;

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** One tick's label beside its line: the critical rate's to the right, the optimal's to the left, flipped where the track ends. */
function beside(mark: TickMark, track: number): number {
  const right = mark.x + GAP;
  const left = mark.x - GAP - mark.width;
  if (mark.kind === 'critical') return right + mark.width <= track ? right : Math.max(0, left);
  return left >= 0 ? left : Math.min(right, track - mark.width);
}

/**
 * The labels of the landmark ticks: each beside its line, unless two lines are within
 * {@link MERGE_WITHIN_PX} of each other or their labels would touch or leave the track; then one
 * label, `mergedWidth` wide, names both, centred between them and kept on the track.
 */
export function placeTickLabels(marks: readonly TickMark[], mergedWidth: number, track: number): LabelPlace[] {
  const sorted = [...marks].sort((a, b) => a.x - b.x);
  const places: LabelPlace[] = sorted.map((m) => ({ kinds: [m.kind], left: beside(m, track) }));
  if (sorted.length < 2) return places;
  const [a, b] = sorted as [TickMark, TickMark];
  const [pa, pb] = places as [LabelPlace, LabelPlace];
  const touch = pa.left + a.width + GAP > pb.left && pb.left + b.width + GAP > pa.left;
  if (b.x - a.x >= MERGE_WITHIN_PX && !touch) return places;
  const left = clamp((a.x + b.x) / 2 - mergedWidth / 2, 0, Math.max(0, track - mergedWidth));
  return [{ kinds: [a.kind, b.kind], left }];
}

/** Where a band's name goes: inside the band when it fits, else under it, centred on it and kept on the track. */
export type BandWordPlace = { readonly inside: true } | { readonly inside: false; readonly left: number };

/** The room a word needs inside a band, beyond its own width. */
const BAND_PADDING = 8;

export function placeBandWord(from: number, to: number, wordWidth: number, track: number): BandWordPlace {
  if (to - from >= wordWidth + BAND_PADDING) return { inside: true };
  return { inside: false, left: clamp((from + to) / 2 - wordWidth / 2, 0, Math.max(0, track - wordWidth)) };
}

/** The indices of labels (left edge and width) that a box from `left`, `width` wide, would touch. */
export function covered(boxes: readonly { readonly left: number; readonly width: number }[], left: number, width: number): number[] {
  return boxes.flatMap((b, i) => (b.left < left + width + GAP && left < b.left + b.width + GAP ? [i] : []));
}
