/** Pixels around a plot (the valley, a chart), for its axes. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}
