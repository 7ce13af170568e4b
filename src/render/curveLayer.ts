import type { Surface } from '../core';
import { StrokeMesh } from './strokeMesh';
import { ink } from './strokes';
import type { Theme } from './theme';
import { sampleCurve, type Viewport } from './viewport';

/** A 1-D valley: the curve of the loss, with the ground below it shaded. */
export class CurveLayer {
  /** The shaded ground, then the line over its top edge. */
  private readonly line = new StrokeMesh();
  readonly view = this.line.view;
  private built: { surface?: Surface; viewport?: Viewport; theme?: Theme; scale: number; resolution: number } = { scale: 1, resolution: 0 };

  update(surface: Surface, viewport: Viewport, theme: Theme, scale: number, resolution: number): boolean {
    const b = this.built;
    if (b.surface === surface && b.viewport === viewport && b.theme === theme && b.scale === scale && b.resolution === resolution) return false;
    this.built = { surface, viewport, theme, scale, resolution };
    const count = Math.max(100, Math.round(viewport.width / 2));
    const { xs, losses } = sampleCurve(surface, count, viewport.box[0]);
    const top = viewport.margins.top - 40;
    const bottom = viewport.height - viewport.margins.bottom;
    // Where the loss is not a number (a typed formula's log of a negative number), the curve breaks.
    const pieces: [number, number][][] = [[]];
    xs.forEach((x, i) => {
      const loss = losses[i] as number;
      if (Number.isFinite(loss)) pieces.at(-1)!.push([viewport.x(x), Math.max(top, viewport.y(loss))]);
      else if (pieces.at(-1)!.length > 0) pieces.push([]);
    });
    const strokes = this.line.strokes.clear();
    const ground = ink(theme.curveFill, theme.name === 'dark' ? 0.16 : 0.1);
    for (const points of pieces) strokes.fillUnder(points, bottom, ground);
    for (const points of pieces) strokes.polyline(points, 2.5 * scale, ink(theme.curveFill));
    this.line.commit(resolution);
    return true;
  }

  destroy(): void {
    this.line.destroy();
  }
}
