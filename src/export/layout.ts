/** A box on the figure, in CSS pixels of its layout. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the parts of an exported figure go: the caption on top, the valley and the loss curve side by side below. */
export interface FigureLayout {
  readonly width: number;
  readonly height: number;
  /** The caption's box; its text is vertically centred in it. */
  readonly caption: Rect;
  readonly valley: Rect;
  readonly chart: Rect;
  /** The caption's type size; the axes' is a little smaller. */
  readonly fontSize: number;
}

/** The loss curve's share of the width beside the valley. */
const CHART_SHARE = 0.36;

/**
 * The layout of a figure `width` × `height` CSS pixels: a margin that grows with the figure, a
 * caption line, then the valley (about two thirds of the width) and the loss curve. Whole pixels,
 * so the valley's scene is drawn pixel for pixel.
 */
export function figureLayout(width: number, height: number): FigureLayout {
  const fontSize = Math.round(Math.min(16, Math.max(10, width / 62)));
  const pad = Math.round(Math.max(8, width / 60));
  const captionHeight = Math.round(fontSize * 2);
  const top = pad + captionHeight;
  const bodyHeight = Math.max(1, height - top - pad);
  const chartWidth = Math.round((width - 3 * pad) * CHART_SHARE);
  const valleyWidth = Math.max(1, width - 3 * pad - chartWidth);
  return {
    width,
    height,
    fontSize,
    caption: { x: pad, y: pad / 2, width: width - 2 * pad, height: captionHeight },
    valley: { x: pad, y: top, width: valleyWidth, height: bodyHeight },
    chart: { x: pad * 2 + valleyWidth, y: top, width: chartWidth, height: bodyHeight },
  };
}
