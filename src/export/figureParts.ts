import { formatTick } from '../core';
import type { Viewport } from '../render/viewport';
import type { LegendEntry } from '../state/present';
import type { Rect } from './layout';
import { FONT_FAMILY, MONO_FAMILY, type FigureColors } from './palette';

/** Draws `text` in one line within `box`, centred vertically, shrinking the type until it fits. */
export function drawCaption(context: CanvasRenderingContext2D, box: Rect, text: string, colors: FigureColors, fontSize: number): void {
  let size = fontSize;
  context.font = `600 ${size}px ${FONT_FAMILY}`;
  while (size > 7 && context.measureText(text).width > box.width) {
    size -= 0.5;
    context.font = `600 ${size}px ${FONT_FAMILY}`;
  }
  context.fillStyle = colors.ink;
  context.textAlign = 'left';
  context.textBaseline = 'middle';
  context.fillText(text, box.x, box.y + box.height / 2, box.width);
  context.textBaseline = 'alphabetic';
}

/**
 * The valley's axes in `box`, where its scene was drawn: ticks and labels from the viewport's
 * scales in the scene's margins, as the page's `StageAxes` lays them, and the axes' names.
 */
export function drawValleyAxes(context: CanvasRenderingContext2D, box: Rect, viewport: Viewport, names: readonly [string, string], onMap: boolean, colors: FigureColors, fontSize: number): void {
  const { width, height, margins, x, y } = viewport;
  const bottom = height - margins.bottom;
  const left = margins.left;
  context.save();
  context.translate(box.x, box.y);
  context.strokeStyle = colors.muted;
  context.globalAlpha = 0.6;
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(left, margins.top);
  context.lineTo(left, bottom);
  context.lineTo(width - margins.right, bottom);
  const xTicks = x.ticks(Math.max(2, Math.floor((width - margins.left - margins.right) / 90)));
  const yTicks = y.ticks(Math.max(2, Math.floor((height - margins.top - margins.bottom) / 70)));
  for (const v of xTicks) {
    context.moveTo(x(v), bottom);
    context.lineTo(x(v), bottom + 5);
  }
  for (const v of yTicks) {
    context.moveTo(left - 5, y(v));
    context.lineTo(left, y(v));
  }
  context.stroke();
  context.globalAlpha = 1;
  context.fillStyle = colors.muted;
  context.font = `${fontSize}px ${FONT_FAMILY}`;
  context.textAlign = 'center';
  for (const v of xTicks) context.fillText(formatTick(v), x(v), bottom + 18);
  context.textAlign = 'right';
  for (const v of yTicks) context.fillText(formatTick(v), left - 8, y(v) + 4);
  // The axes' names, inside the plot: white with a dark edge on the colour map, ink on a 1-D curve's ground.
  context.font = `600 ${fontSize}px ${FONT_FAMILY}`;
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(0, 0, 0, 0.6)';
  context.fillStyle = onMap ? '#ffffff' : colors.ink;
  const label = (text: string, lx: number, ly: number, align: CanvasTextAlign): void => {
    context.textAlign = align;
    if (onMap) context.strokeText(text, lx, ly);
    context.fillText(text, lx, ly);
  };
  label(names[0], width - margins.right - 4, bottom - 5, 'right');
  label(names[1], left + 6, margins.top + fontSize, 'left');
  context.restore();
}

/** The legend of several hikers over the valley's top left, as the page shows it: colour, rate, and how each ended. */
export function drawLegend(context: CanvasRenderingContext2D, at: { x: number; y: number }, legend: readonly LegendEntry[], colors: FigureColors, fontSize: number): void {
  if (legend.length < 2) return;
  const row = Math.round(fontSize * 1.45);
  const pad = Math.round(fontSize * 0.5);
  const swatch = Math.round(fontSize * 0.9);
  context.save();
  context.font = `${fontSize}px ${MONO_FAMILY}`;
  const texts = legend.map((e) => (e.outcome ? `${e.label}  ${e.outcome}` : e.label));
  const widest = Math.max(...texts.map((t) => context.measureText(t).width));
  const width = pad * 3 + swatch + widest + fontSize;
  const height = pad * 2 + row * legend.length;
  context.fillStyle = 'rgba(20, 22, 28, 0.72)';
  context.beginPath();
  context.roundRect(at.x, at.y, width, height, 8);
  context.fill();
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  legend.forEach((entry, i) => {
    const top = at.y + pad + i * row;
    if (entry.followed) {
      context.fillStyle = 'rgba(255, 255, 255, 0.16)';
      context.beginPath();
      context.roundRect(at.x + pad / 2, top, width - pad, row, 5);
      context.fill();
    }
    context.fillStyle = entry.color ?? colors.accent;
    context.fillRect(at.x + pad, top + (row - swatch) / 2, swatch, swatch);
    context.fillStyle = '#ffffff';
    context.font = `${entry.followed ? '700 ' : ''}${fontSize}px ${MONO_FAMILY}`;
    context.fillText(texts[i]!, at.x + pad * 2 + swatch, top + row / 2);
  });
  context.restore();
}
