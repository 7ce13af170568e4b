import { Graphics } from 'pixi.js';
import type { Point, Surface } from '../core';
import type { Theme } from './theme';
import type { Viewport } from './viewport';

/** Known minima (rings with a centre dot) and the start (a small flag where the hiker set out). */
export class MarkerLayer {
  readonly view = new Graphics();
  private built: { surface?: Surface; viewport?: Viewport; start?: Point; theme?: Theme; scale: number } = { scale: 0 };

  update(surface: Surface, start: Point, viewport: Viewport, theme: Theme, scale: number): boolean {
    const b = this.built;
    if (b.surface === surface && b.viewport === viewport && b.start === start && b.theme === theme && b.scale === scale) return false;
    this.built = { surface, viewport, start, theme, scale };
    const at = (p: Point): [number, number] => viewport.toScreen(p[0] as number, surface.dim === 2 ? (p[1] as number) : surface.f(p));
    const g = this.view.clear();
    const mark = surface.dim === 2 ? theme.overlay : theme.ink;
    for (const minimum of surface.minima) {
      const [x, y] = at(minimum);
      g.circle(x, y, 6.5 * scale).stroke({ width: 4 * scale, color: theme.casing, alpha: 0.45 }).stroke({ width: 1.8 * scale, color: mark });
      g.circle(x, y, 1.8 * scale).fill(mark);
    }
    const [sx, sy] = at(start);
    const pole = 17 * scale;
    g.moveTo(sx, sy).lineTo(sx, sy - pole).stroke({ width: 3.4 * scale, color: theme.casing, alpha: 0.5, cap: 'round' });
    g.moveTo(sx, sy).lineTo(sx, sy - pole).stroke({ width: 1.6 * scale, color: mark, cap: 'round' });
    g.poly([sx, sy - pole, sx + 10 * scale, sy - pole + 3.5 * scale, sx, sy - pole + 7 * scale]).fill(theme.accent).stroke({ width: 1 * scale, color: theme.casing, alpha: 0.7 });
    return true;
  }

  destroy(): void {
    this.view.destroy();
  }
}
