import { Container, Graphics } from 'pixi.js';
import type { Surface } from '../core';
import { StrokeMesh } from './strokeMesh';
import { ink } from './strokes';
import type { Theme } from './theme';
import { sampleCurve, type Viewport } from './viewport';

/** A 1-D valley: the curve of the loss, with the ground below it shaded. */
export class CurveLayer {
  readonly view = new Container();
  /** The shaded ground: its only slanted edge lies under the line, which hides its steps. */
  private readonly ground = new Graphics();
  private readonly line = new StrokeMesh();
  private built: { surface?: Surface; viewport?: Viewport; theme?: Theme; scale: number; resolution: number } = { scale: 1, resolution: 0 };

  constructor() {
    this.view.addChild(this.ground, this.line.view);
  }

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
    const g = this.ground.clear();
    const strokes = this.line.strokes.clear();
    for (const points of pieces) {
      const first = points[0];
      const last = points.at(-1);
      if (!first || !last) continue;
      g.moveTo(first[0], bottom);
      for (const [x, y] of points) g.lineTo(x, y);
      g.lineTo(last[0], bottom).closePath();
      g.fill({ color: theme.curveFill, alpha: theme.name === 'dark' ? 0.16 : 0.1 });
      strokes.polyline(points, 2.5 * scale, ink(theme.curveFill));
    }
    this.line.commit(resolution);
    return true;
  }

  destroy(): void {
    this.line.destroy();
    this.view.destroy({ children: true });
  }
}
