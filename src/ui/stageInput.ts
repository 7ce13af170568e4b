import type { Surface } from '../core';
import { layoutPoint } from '../dom/pointer';
import type { Viewport } from '../render/viewport';

/** What the stage's pointer and keys act on. */
export interface StageTarget {
  hitsHiker(x: number, y: number): boolean;
  viewport(): Viewport | undefined;
  surface(): Surface;
  start(): readonly number[];
  /** Moves the start (the playground clamps and validates it). */
  setStart(point: readonly number[]): void;
  /** The world point under the pointer, or undefined when it leaves. */
  hover(at: { x: number; y: number; point: number[] } | undefined): void;
}

/** A pointer that moves less than this between press and release is a click. */
const CLICK_SLOP_PX = 6;

/** Keeps a point inside the valley's box. */
export function clampToDomain(surface: Surface, point: readonly number[]): number[] {
  return surface.domain.map(([lo, hi], i) => Math.min(hi, Math.max(lo, point[i] ?? lo)));
}

/**
 * Wires the valley's element: drag the hiker (mouse or touch) or click anywhere to set where it
 * starts; hover to read the loss; arrow keys nudge the start while the valley has focus. Returns
 * the function that removes every listener.
 */
export function attachStageInput(stage: HTMLElement, target: StageTarget): () => void {
  let drag: { id: number } | undefined;
  let press: { x: number; y: number } | undefined;

  // In the stage's layout pixels, as the viewport and the hikers are, whatever CSS transform scales the page.
  const local = (event: { clientX: number; clientY: number }): [number, number] => layoutPoint(stage, event);
  const worldAt = (x: number, y: number): number[] | undefined => {
    const viewport = target.viewport();
    if (!viewport) return undefined;
    const [wx, wy] = viewport.toWorld(x, y);
    return target.surface().dim === 2 ? [wx, wy] : [wx];
  };
  const moveStart = (x: number, y: number): void => {
    const point = worldAt(x, y);
    if (point) target.setStart(clampToDomain(target.surface(), point));
  };

  const onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const [x, y] = local(event);
    press = { x, y };
    if (target.hitsHiker(x, y)) {
      drag = { id: event.pointerId };
      stage.setPointerCapture(event.pointerId);
      stage.dataset.dragging = '';
      target.hover(undefined);
      event.preventDefault();
    }
  };
  const onPointerMove = (event: PointerEvent): void => {
    const [x, y] = local(event);
    if (drag && event.pointerId === drag.id) {
      moveStart(x, y);
      return;
    }
    const over = target.hitsHiker(x, y);
    if (over) stage.dataset.overHiker = '';
    else delete stage.dataset.overHiker;
    const point = worldAt(x, y);
    const viewport = target.viewport();
    const inside = viewport && x >= viewport.margins.left && x <= viewport.width - viewport.margins.right && y >= viewport.margins.top && y <= viewport.height - viewport.margins.bottom;
    target.hover(point && inside && event.pointerType !== 'touch' ? { x, y, point } : undefined);
  };
  const onPointerUp = (event: PointerEvent): void => {
    const [x, y] = local(event);
    if (drag && event.pointerId === drag.id) {
      drag = undefined;
      delete stage.dataset.dragging;
    } else if (press && Math.hypot(x - press.x, y - press.y) < CLICK_SLOP_PX) {
      const viewport = target.viewport();
      if (viewport && y <= viewport.height - viewport.margins.bottom && x >= viewport.margins.left) moveStart(x, y);
    }
    press = undefined;
  };
  const onPointerCancel = (): void => {
    drag = undefined;
    press = undefined;
    delete stage.dataset.dragging;
  };
  const onLeave = (): void => target.hover(undefined);
  // A touch that starts on the hiker drags it; any other touch scrolls the page as usual.
  const onTouchStart = (event: TouchEvent): void => {
    const touch = event.touches[0];
    if (touch && event.touches.length === 1) {
      const [x, y] = local(touch);
      if (target.hitsHiker(x, y)) event.preventDefault();
    }
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const surface = target.surface();
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    if (surface.dim === 1 && move[0] === 0) return;
    const fraction = event.shiftKey ? 0.05 : 0.01;
    const start = target.start();
    const next = start.map((v, i) => v + (move[i] ?? 0) * fraction * ((surface.domain[i]?.[1] ?? 1) - (surface.domain[i]?.[0] ?? 0)));
    target.setStart(clampToDomain(surface, next));
    event.preventDefault();
    event.stopPropagation();
  };

  stage.addEventListener('pointerdown', onPointerDown);
  stage.addEventListener('pointermove', onPointerMove);
  stage.addEventListener('pointerup', onPointerUp);
  stage.addEventListener('pointercancel', onPointerCancel);
  stage.addEventListener('pointerleave', onLeave);
  stage.addEventListener('touchstart', onTouchStart, { passive: false });
  stage.addEventListener('keydown', onKeyDown);
  return () => {
    stage.removeEventListener('pointerdown', onPointerDown);
    stage.removeEventListener('pointermove', onPointerMove);
    stage.removeEventListener('pointerup', onPointerUp);
    stage.removeEventListener('pointercancel', onPointerCancel);
    stage.removeEventListener('pointerleave', onLeave);
    stage.removeEventListener('touchstart', onTouchStart);
    stage.removeEventListener('keydown', onKeyDown);
  };
}
