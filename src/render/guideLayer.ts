import { screenPoint, type SceneFrame } from './frame';
import { hopControl, pointOnHop, type ScreenPoint } from './hop';
import { StrokeMesh } from './strokeMesh';
import { ink, type Ink, type Strokes } from './strokes';

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
 * What the hiker feels and where it goes next: the downhill arrow −η·∇f from its point (the plain
 * gradient step) and a ghost ring where the next step actually lands.
 */
export class GuideLayer {
  private readonly mesh = new StrokeMesh();
  readonly view = this.mesh.view;

  update(frame: SceneFrame, step: number, visible: boolean, resolution: number): void {
    const strokes = this.mesh.strokes.clear();
    this.draw(strokes, frame, step, visible);
    this.mesh.commit(resolution);
  }

  private draw(strokes: Strokes, frame: SceneFrame, step: number, visible: boolean): void {
    const { run, viewport, theme, scale } = frame;
    if (!visible || step >= run.stoppedAt) return;
    const here = screenPoint(run, step, viewport);
    const next = screenPoint(run, step + 1, viewport);
    const arc = run.dim === 1;
    dots(strokes, here, next, arc, 7 * scale, 1.6 * scale, ink(theme.overlay, 0.95));
    strokes.ring(next, 7 * scale, 4 * scale, ink(theme.casing, 0.5)).ring(next, 7 * scale, 2 * scale, ink(theme.overlay));

    // −η·∇f in screen pixels: both axes of a 2-D view share one scale; in 1-D the arrow lies along x.
    const grad = run.grads[step] as number[];
    const lr = run.lrs[step] ?? run.lr;
    const pixelsPerUnit = Math.abs(viewport.x(1) - viewport.x(0));
    let dx = -lr * (grad[0] as number) * pixelsPerUnit;
    let dy = run.dim === 2 ? lr * (grad[1] as number) * pixelsPerUnit : 0;
    const length = Math.hypot(dx, dy);
    if (!(length > 0)) return;
    const shown = Math.min(Math.max(length, 18 * scale), 0.3 * Math.min(viewport.width, viewport.height));
    dx *= shown / length;
    dy *= shown / length;
    const tail: ScreenPoint = arc ? [here[0], here[1] + 10 * scale] : here;
    const tip: ScreenPoint = [tail[0] + dx, tail[1] + dy];
    // The casing is opaque: shaft and head overlap at the neck.
    arrow(strokes, tail, tip, 5.5 * scale, 13 * scale, ink(theme.casing, 1));
    arrow(strokes, tail, tip, 2.6 * scale, 10 * scale, ink(arc ? theme.ink : theme.overlay));
  }

  destroy(): void {
    this.mesh.destroy();
  }
}
