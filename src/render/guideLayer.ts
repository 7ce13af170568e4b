import { Graphics } from 'pixi.js';
import { screenPoint, type SceneFrame } from './frame';
import { hopControl, pointOnHop, type ScreenPoint } from './hop';

/** Dots along a line or arc, every `gap` pixels: a dashed look that Graphics lacks. Returns how many. */
function dots(g: Graphics, a: ScreenPoint, b: ScreenPoint, arc: boolean, gap: number, radius: number): number {
  const c = arc ? hopControl(a, b) : undefined;
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]) + (c ? Math.abs(c[1] - Math.min(a[1], b[1])) : 0);
  const count = Math.min(200, Math.floor(length / gap));
  for (let i = 1; i < count; i++) {
    const t = i / count;
    const [x, y] = arc ? pointOnHop(a, b, t) : [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    g.circle(x, y, radius);
  }
  return Math.max(0, count - 1);
}

interface Ink {
  readonly color: number;
  readonly alpha: number;
}

/** An arrow from `from` to `to`: a shaft `width` wide and a head `head` long. */
function arrow(g: Graphics, from: ScreenPoint, to: ScreenPoint, width: number, head: number, ink: Ink): void {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const back = (side: number): [number, number] => [to[0] - head * Math.cos(angle + side * 0.45), to[1] - head * Math.sin(angle + side * 0.45)];
  const neck: [number, number] = [to[0] - head * 0.8 * Math.cos(angle), to[1] - head * 0.8 * Math.sin(angle)];
  g.moveTo(from[0], from[1]).lineTo(neck[0], neck[1]).stroke({ width, cap: 'round', ...ink });
  const [l, r] = [back(1), back(-1)];
  g.poly([to[0], to[1], l[0], l[1], r[0], r[1]]).fill(ink);
}

/**
 * What the hiker feels and where it goes next: the downhill arrow −η·∇f from its point (the plain
 * gradient step) and a ghost ring where the next step actually lands.
 */
export class GuideLayer {
  readonly view = new Graphics();

  update(frame: SceneFrame, step: number, visible: boolean): void {
    const g = this.view.clear();
    const { run, viewport, theme, scale } = frame;
    if (!visible || step >= run.stoppedAt) return;
    const here = screenPoint(run, step, viewport);
    const next = screenPoint(run, step + 1, viewport);
    const arc = run.dim === 1;
    // fill() with no shape would corrupt PixiJS's batch (it fills the previous layer's trail).
    if (dots(g, here, next, arc, 7 * scale, 1.6 * scale) > 0) g.fill({ color: theme.overlay, alpha: 0.95 });
    g.circle(next[0], next[1], 7 * scale).stroke({ width: 4 * scale, color: theme.casing, alpha: 0.5 }).stroke({ width: 2 * scale, color: theme.overlay });

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
    arrow(g, tail, tip, 5.5 * scale, 13 * scale, { color: theme.casing, alpha: 0.6 });
    arrow(g, tail, tip, 2.6 * scale, 10 * scale, { color: arc ? theme.ink : theme.overlay, alpha: 1 });
  }

  destroy(): void {
    this.view.destroy();
  }
}
