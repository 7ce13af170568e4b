/** Pixels around a plot (the valley, a chart), for its axes. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * `margins` for type `scale` times its usual size (a projector's larger type), in whole pixels:
 * the axes' labels keep their room as they grow.
 */
export function scaleMargins(margins: Margins, scale: number): Margins {
  const k = Number.isFinite(scale) && scale > 1 ? scale : 1;
  return { top: Math.round(margins.top * k), right: Math.round(margins.right * k), bottom: Math.round(margins.bottom * k), left: Math.round(margins.left * k) };
}
