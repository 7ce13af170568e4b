import type { ScreenPoint } from './hop';
import { ink, type Strokes } from './strokes';

/** How the hiker stands this frame. */
export interface HikerPose {
  /** Where its feet are. */
  readonly at: ScreenPoint;
  /** Faces right (1) or left (−1). */
  readonly facing: 1 | -1;
  /** Phase of the walking stride, in radians; legs swing with its sine. */
  readonly stride: number;
  /** 0 on the ground, 1 in mid-leap (legs tucked). */
  readonly airborne: number;
  /** 0 normally; rising to 1 as it tumbles away after a divergence. */
  readonly flyOff: number;
  /** Direction of the flight off screen (unit vector). */
  readonly flyDirection: ScreenPoint;
}

/** What a hiker wears: its jacket, the theme's outline colour, and the marks' scale. */
export interface HikerLook {
  readonly jacket: number;
  readonly casing: number;
  readonly scale: number;
}

/** Size of the hiker at scale 1, as a multiple of the drawing's units. */
export const HIKER_SCALE = 1.3;

const SKIN = 0xf1c27d;
const TROUSERS = 0x2f3a56;
const STICK = 0x8b5a2b;
/** The outlines' width, and their opacity. */
const OUTLINE = 1.1;
const OUTLINE_ALPHA = 0.85;
/** Where the legs hang from, below the figure's origin at its feet. */
const HIP = -11.5;

/** A colour scaled towards black by `factor` (0..1). */
function darken(color: number, factor: number): number {
  const channel = (shift: number): number => Math.round(((color >> shift) & 0xff) * factor) << shift;
  return channel(16) | channel(8) | channel(0);
}

/** An affine map from a part's drawing units to the screen: rotation and scale (a, b, c, d), then translation. */
type Frame = readonly [a: number, b: number, c: number, d: number, tx: number, ty: number];

const apply = ([a, b, c, d, tx, ty]: Frame, x: number, y: number): ScreenPoint => [a * x + c * y + tx, b * x + d * y + ty];

/** `outer` after `inner`: a point goes through `inner` first. */
function compose(outer: Frame, inner: Frame): Frame {
  const [a, b, c, d, tx, ty] = outer;
  const [a2, b2, c2, d2, tx2, ty2] = inner;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * tx2 + c * ty2 + tx, b * tx2 + d * ty2 + ty];
}

/** Moved to (x, y), turned by `angle`, scaled by sx across and sy down. */
const place = (x: number, y: number, angle = 0, sx = 1, sy = sx): Frame => {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return [cos * sx, sin * sx, -sin * sy, cos * sy, x, y];
};

/** Draws the vector shapes of one part of the hiker through a frame, at one opacity. */
class Pen {
  constructor(
    private readonly strokes: Strokes,
    private readonly frame: Frame,
    /** Drawing units to screen pixels: the frame's scale. */
    private readonly unit: number,
    private readonly alpha: number,
  ) {}

  /** A rounded rectangle (x, y, w, h, corner radius r), filled, and outlined in `outline` if given. */
  roundRect(x: number, y: number, w: number, h: number, r: number, fill: number, outline?: number): this {
    const wide = w >= h;
    const [cx, cy] = [x + w / 2, y + h / 2];
    const half = (wide ? w : h) / 2 - r;
    const core = (wide ? h : w) / 2 - r;
    const [a, b] = wide ? [apply(this.frame, cx - half, cy), apply(this.frame, cx + half, cy)] : [apply(this.frame, cx, cy - half), apply(this.frame, cx, cy + half)];
    const u = this.unit;
    if (outline !== undefined) this.strokes.bar(a, b, core * u, (r + OUTLINE / 2) * u, ink(outline, OUTLINE_ALPHA * this.alpha));
    this.strokes.bar(a, b, core * u, (outline !== undefined ? r - OUTLINE / 2 : r) * u, ink(fill, this.alpha));
    return this;
  }

  /** A filled disc, outlined in `outline` if given. */
  disc(x: number, y: number, r: number, fill: number, outline?: number): this {
    const at = apply(this.frame, x, y);
    if (outline !== undefined) this.strokes.disc(at, (r + OUTLINE / 2) * this.unit, ink(outline, OUTLINE_ALPHA * this.alpha));
    this.strokes.disc(at, (outline !== undefined ? r - OUTLINE / 2 : r) * this.unit, ink(fill, this.alpha));
    return this;
  }

  /** A line through `points`, `width` wide, with round ends and joins. */
  line(points: readonly (readonly [number, number])[], width: number, color: number, alpha = 1): this {
    this.strokes.polyline(
      points.map(([x, y]) => apply(this.frame, x, y)),
      width * this.unit,
      ink(color, alpha * this.alpha),
    );
    return this;
  }
}

/** The cap's brim: an arc over the head, then the peak. */
const CAP: readonly (readonly [number, number])[] = [
  ...Array.from({ length: 9 }, (_, i): [number, number] => {
    const angle = Math.PI * (1.08 + (0.87 * i) / 8);
    return [0.5 + 5.2 * Math.cos(angle), -27.5 + 5.2 * Math.sin(angle)];
  }),
  [7.5, -28.6],
];

/** A leg, drawn from the hip (its origin) down to the boot. */
function leg(pen: Pen, casing: number): void {
  pen.roundRect(-1.7, 0, 3.4, 11.5, 1.7, TROUSERS, casing).roundRect(-1.9, 10, 5, 2.6, 1.2, casing);
}

/** Stick, backpack, jacket, arm, hand, head, cap and eye, about the figure's origin at its feet. */
function body(pen: Pen, jacket: number, casing: number): void {
  pen
    .line([[5.5, -15], [10.5, 0]], 1.8, STICK)
    .roundRect(-8.5, -22.5, 6, 10.5, 2, darken(jacket, 0.62), casing)
    .roundRect(-4.5, -23, 9, 13, 3.5, jacket, casing)
    .line([[1, -20], [5.5, -15.5]], 2.8, jacket)
    .disc(5.5, -15.2, 1.6, SKIN)
    .disc(0.5, -27.5, 4.6, SKIN, casing)
    .line(CAP, 2.4, casing)
    .disc(2.8, -27.8, 0.75, casing);
}

/**
 * Adds the hiker of the lesson in `pose` to `strokes`, as vector shapes (rounded bars, discs,
 * lines): sharp at any size, and drawn by the same shader as the routes, so the first frame links
 * no program for it. Its legs swing with the stride and tuck in a leap; after a divergence it
 * tumbles away along the failed step, spinning, shrinking and fading.
 */
export function drawHiker(strokes: Strokes, pose: HikerPose, look: HikerLook): void {
  const unit = HIKER_SCALE * look.scale;
  const fly = pose.flyOff;
  const lift = 14 * pose.airborne;
  const distance = 1400 * fly * fly;
  const [fx, fy] = pose.flyDirection;
  const view = place(pose.at[0] + fx * distance, pose.at[1] + fy * distance, 0, unit);
  if (fly === 0) {
    // The shadow on the ground, smaller and fainter in a leap: a flat bar, 18 by 6.4.
    const shrink = 1 - 0.3 * pose.airborne;
    new Pen(strokes, compose(view, place(0, lift * 0.2, 0, shrink)), unit * shrink, 0.3 * (1 - 0.5 * pose.airborne)).roundRect(-9, -3.2, 18, 6.4, 3.2, 0x000000);
  }
  const figure = compose(view, place(0, -lift * 0.2, fly * Math.PI * 5 * pose.facing, pose.facing, 1));
  const alpha = 1 - fly * 0.6;
  const swing = Math.sin(pose.stride) * 0.55 * (1 - pose.airborne);
  const tuck = 0.9 * pose.airborne;
  leg(new Pen(strokes, compose(figure, place(0, HIP, -swing + tuck * 0.4)), unit, 0.85 * alpha), look.casing);
  body(new Pen(strokes, figure, unit, alpha), look.jacket, look.casing);
  leg(new Pen(strokes, compose(figure, place(0, HIP, swing - tuck)), unit, alpha), look.casing);
}

/** Whether a screen point is on the hiker in `pose` (for grabbing it). */
export function hitsHiker(pose: HikerPose, scale: number, x: number, y: number): boolean {
  const unit = HIKER_SCALE * scale;
  const distance = 1400 * pose.flyOff * pose.flyOff;
  const dx = (x - pose.at[0] - pose.flyDirection[0] * distance) / unit;
  const dy = (y - pose.at[1] - pose.flyDirection[1] * distance) / unit;
  return Math.abs(dx) <= 12 && dy >= -34 && dy <= 6;
}
