import type { Point, Surface } from '../core';
import { StrokeMesh } from './strokeMesh';
import { ink } from './strokes';
import type { Theme } from './theme';
import type { Viewport } from './viewport';

/** Known minima (rings with a centre dot) and the start (a small flag where the hiker set out). */
export class MarkerLayer {
  private readonly mesh = new StrokeMesh();
  readonly view = this.mesh.view;
  private built: { surface?: Surface; viewport?: Viewport; start?: Point; theme?: Theme; scale: number; resolution: number } = { scale: 0, resolution: 0 };

  update(surface: Surface, start: Point, viewport: Viewport, theme: Theme, scale: number, resolution: number): boolean {
    const b = this.built;
    if (b.surface === surface && b.viewport === viewport && b.start === start && b.theme === theme && b.scale === scale && b.resolution === resolution) return false;
    this.built = { surface, viewport, start, theme, scale, resolution };
    const at = (p: Point): [number, number] => viewport.toScreen(p[0] as number, surface.dim === 2 ? (p[1] as number) : surface.f(p));
    const strokes = this.mesh.strokes.clear();
    const mark = ink(surface.dim === 2 ? theme.overlay : theme.ink);
    for (const minimum of surface.minima) {
      const center = at(minimum);
      strokes.ring(center, 6.5 * scale, 4 * scale, ink(theme.casing, 0.45)).ring(center, 6.5 * scale, 1.8 * scale, mark);
      strokes.disc(center, 1.8 * scale, mark);
    }
    const [sx, sy] = at(start);
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
