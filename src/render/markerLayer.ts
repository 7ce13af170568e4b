import type { Marks } from './plan';
import { StrokeMesh } from './strokeMesh';
import { ink } from './strokes';
import type { Theme } from './theme';

/** Known minima (rings with a centre dot) and the start (a small flag where the hiker set out). */
export class MarkerLayer {
  private readonly mesh = new StrokeMesh();
  readonly view = this.mesh.view;
  private built: { marks?: Marks; theme?: Theme; scale: number; resolution: number } = { scale: 0, resolution: 0 };

  /** Draws `marks`; returns whether anything was redrawn. */
  update(marks: Marks, theme: Theme, scale: number, resolution: number): boolean {
    const b = this.built;
    if (b.marks === marks && b.theme === theme && b.scale === scale && b.resolution === resolution) return false;
    this.built = { marks, theme, scale, resolution };
    const strokes = this.mesh.strokes.clear();
    const mark = ink(marks.onMap ? theme.overlay : theme.ink);
    for (const center of marks.minima) {
      strokes.ring(center, 6.5 * scale, 4 * scale, ink(theme.casing, 0.45)).ring(center, 6.5 * scale, 1.8 * scale, mark);
      strokes.disc(center, 1.8 * scale, mark);
    }
    const [sx, sy] = marks.start;
    const top: [number, number] = [sx, sy - 17 * scale];
    strokes.segment([sx, sy], top, 3.4 * scale, ink(theme.casing, 0.5)).segment([sx, sy], top, 1.6 * scale, mark);
    const flag: [number, number][] = [top, [sx + 10 * scale, top[1] + 3.5 * scale], [sx, top[1] + 7 * scale]];
    strokes.polyline([...flag, top], 2 * scale, ink(theme.casing));
    strokes.triangle(flag[0] as [number, number], flag[1] as [number, number], flag[2] as [number, number], ink(theme.accent));
    this.mesh.commit(resolution);
    return true;
  }

  destroy(): void {
    this.mesh.destroy();
  }
}
