import type { Surface } from '../core';
import { describeSpot } from '../state/statusText';

/** Where the pointer hovers over the valley: CSS pixels on the stage, and the valley's point there. */
export interface Hover {
  readonly x: number;
  readonly y: number;
  readonly point: readonly number[];
}

/** The tip that follows the pointer over the valley, saying the loss under it. */
export class Tooltip {
  private hover: Hover | undefined;

  constructor(
    private readonly tip: HTMLElement,
    private readonly surface: () => Surface,
  ) {}

  /** Shows the tip at `hover`, or hides it. */
  show(hover: Hover | undefined): void {
    this.hover = hover;
    this.draw();
  }

  /** Draws the tip again (the valley may have changed under a still pointer). */
  draw(): void {
    const { tip } = this;
    const surface = this.surface();
    // A valley of another dimension may have come under a still pointer: the point read before is not one of its points.
    const hover = this.hover?.point.length === surface.dim ? this.hover : undefined;
    if (!hover) {
      if (!tip.hidden) tip.hidden = true;
      return;
    }
    tip.textContent = describeSpot(surface, hover.point);
    tip.style.left = `${hover.x}px`;
    tip.style.top = `${hover.y}px`;
    tip.hidden = false;
  }
}
