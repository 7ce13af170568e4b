import { Graphics } from 'pixi.js';
import type { Surface } from '../core';
import type { Theme } from './theme';
import { sampleCurve, type Viewport } from './viewport';

/** A 1-D valley: the curve of the loss, with the ground below it shaded. */
export class CurveLayer {
  readonly view = new Graphics();
  private built: { surface?: Surface; viewport?: Viewport; theme?: Theme; scale: number } = { scale: 1 };

  update(surface: Surface, viewport: Viewport, theme: Theme, scale: number): boolean {
    const b = this.built;
    if (b.surface === surface && b.viewport === viewport && b.theme === theme && b.scale === scale) return false;
    this.built = { surface, viewport, theme, scale };
    const count = Math.max(100, Math.round(viewport.width / 2));
    const { xs, losses } = sampleCurve(surface, count);
    const top = viewport.margins.top - 40;
    const bottom = viewport.height - viewport.margins.bottom;
    const points = Array.from(xs, (x, i): [number, number] => [viewport.x(x), Math.max(top, viewport.y(losses[i] as number))]);
    const g = this.view.clear();
    const [first] = points;
    const last = points[points.length - 1];
    if (!first || !last) return true;
    g.moveTo(first[0], bottom);
    for (const [x, y] of points) g.lineTo(x, y);
    g.lineTo(last[0], bottom).closePath();
    g.fill({ color: theme.curveFill, alpha: theme.name === 'dark' ? 0.16 : 0.1 });
    g.moveTo(first[0], first[1]);
    for (const [x, y] of points) g.lineTo(x, y);
    g.stroke({ width: 2.5 * scale, color: theme.curveFill, join: 'round' });
    return true;
  }

  destroy(): void {
    this.view.destroy();
  }
}
