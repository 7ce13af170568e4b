import type { Run, Surface } from '../core';
import type { Theme } from './theme';
import type { Viewport } from './viewport';

/** One read-only snapshot of everything the scene draws. */
export interface SceneFrame {
  readonly surface: Surface;
  readonly run: Run;
  /** The playhead, in steps; fractional while the hiker travels between two points. */
  readonly position: number;
  /** 0 until a diverged run has reached its end, then rising to 1 as the hiker flies off. */
  readonly flyOff: number;
  readonly viewport: Viewport;
  readonly theme: Theme;
  /** Size multiplier of marks and lines (larger in presenter mode). */
  readonly scale: number;
}

/**
 * The screen point of step k of a run (1-D: on the curve), clamped far outside the view so that
 * the geometry of a diverging route stays sane.
 */
export function screenPoint(run: Run, k: number, viewport: Viewport): [number, number] {
  const limit = 4 * Math.max(viewport.width, viewport.height);
  const clamp = (v: number): number => Math.max(-limit, Math.min(limit, v));
  const p = run.path[k] as number[];
  const [sx, sy] = viewport.toScreen(p[0] as number, run.dim === 2 ? (p[1] as number) : (run.losses[k] as number));
  return [clamp(sx), clamp(sy)];
}

export const screenPath = (run: Run, viewport: Viewport): [number, number][] => run.path.map((_, k) => screenPoint(run, k, viewport));
