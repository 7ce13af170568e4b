import type { UniformGroup } from 'pixi.js';
import type { Guide } from './guides';
import { hopControl, pointOnHop, type ScreenPoint } from './hop';
import { StrokeMesh } from './strokeMesh';
import { ink, type Ink, type Strokes } from './strokes';
import type { Theme } from './theme';

/** Dots along a line or arc, every `gap` pixels: a dotted look. */
function dots(strokes: Strokes, a: ScreenPoint, b: ScreenPoint, arc: boolean, gap: number, radius: number, paint: Ink): void {
  const c = arc ? hopControl(a, b) : undefined;
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]) + (c ? Math.abs(c[1] - Math.min(a[1], b[1])) : 0);
  const count = Math.min(200, Math.floor(length / gap));
  for (let i = 1; i < count; i++) {
    const t = i / count;
    strokes.disc(arc ? pointOnHop(a, b, t) : [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], radius, paint);
  }
}

/** An arrow from `from` to `to`: a shaft `width` wide and a head `head` long. */
function arrow(strokes: Strokes, from: ScreenPoint, to: ScreenPoint, width: number, head: number, paint: Ink): void {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const back = (side: number): ScreenPoint => [to[0] - head * Math.cos(angle + side * 0.45), to[1] - head * Math.sin(angle + side * 0.45)];
  const neck: ScreenPoint = [to[0] - head * 0.8 * Math.cos(angle), to[1] - head * 0.8 * Math.sin(angle)];
  strokes.segment(from, neck, width, paint).triangle(to, back(1), back(-1), paint);
}

/**
 * What the hiker feels and where it goes next ({@link Guide}): the downhill arrow −η·∇f from its
 * point and a ghost ring where the next step actually lands, with the dotted way there.
 */
export class GuideLayer {
  private readonly mesh: StrokeMesh;
  readonly view;

  /** `clip`: where the guide may draw (the plot). */
  constructor(clip: UniformGroup) {
    this.mesh = new StrokeMesh(clip);
    this.view = this.mesh.view;
  }

  update(guide: Guide | undefined, theme: Theme, scale: number, resolution: number): void {
    const strokes = this.mesh.strokes.clear();
    if (guide) this.draw(strokes, guide, theme, scale);
    this.mesh.commit(resolution);
  }

  private draw(strokes: Strokes, { from, to, arc, arrow: downhill }: Guide, theme: Theme, scale: number): void {
    dots(strokes, from, to, arc, 7 * scale, 1.6 * scale, ink(theme.overlay, 0.95));
    strokes.ring(to, 7 * scale, 4 * scale, ink(theme.casing, 0.5)).ring(to, 7 * scale, 2 * scale, ink(theme.overlay));
    if (!downhill) return;
    // The casing is opaque: shaft and head overlap at the neck.
    const paint = ink(arc ? theme.ink : theme.overlay);
    arrow(strokes, downhill.tail, downhill.tip, 5.5 * scale, 13 * scale, ink(theme.casing, 1));
    arrow(strokes, downhill.tail, downhill.tip, 2.6 * scale, 10 * scale, paint);
    // Cut at the edge of the view: a second head says the step goes on beyond it.
    if (downhill.offView) {
      const [dx, dy] = [downhill.tip[0] - downhill.tail[0], downhill.tip[1] - downhill.tail[1]];
      const back = 9 * scale / Math.hypot(dx, dy);
      const before: ScreenPoint = [downhill.tip[0] - dx * back, downhill.tip[1] - dy * back];
      arrow(strokes, downhill.tail, before, 5.5 * scale, 13 * scale, ink(theme.casing, 1));
      arrow(strokes, downhill.tail, before, 2.6 * scale, 10 * scale, paint);
    }
  }

  destroy(): void {
    this.mesh.destroy();
  }
}
