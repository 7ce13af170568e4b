import { CURVE_LOOK, type CurveLook } from '../chart/lossChart';
import type { LossChartModel } from '../chart/lossChartModel';
import type { LossSeries } from '../state/present';
import type { Rect } from './layout';
import { FONT_FAMILY, type FigureColors } from './palette';

/** What the loss chart shows at one step: its model, the curves, the followed one, the step. */
export interface ChartFrame {
  readonly model: LossChartModel;
  readonly series: readonly LossSeries[];
  readonly primary: number;
  readonly step: number;
}

function strokePath(context: CanvasRenderingContext2D, d: string, look: CurveLook, color: string): void {
  if (d === '') return;
  context.lineJoin = 'round';
  context.lineCap = 'round';
  context.lineWidth = look.width;
  context.globalAlpha = look.alpha;
  context.strokeStyle = color;
  context.setLineDash(look.dash ?? []);
  context.stroke(new Path2D(d));
  context.globalAlpha = 1;
  context.setLineDash([]);
}

/** The chart's axes, grid, epoch marks and labels, as the page's SVG draws them (`LossChart.drawAxes`). */
function drawAxes(context: CanvasRenderingContext2D, model: LossChartModel, colors: FigureColors, fontSize: number): void {
  const { width, height, margins } = model;
  const bottom = height - margins.bottom;
  context.lineWidth = 1;
  context.strokeStyle = colors.faint;
  for (const t of model.yTicks) {
    context.beginPath();
    context.moveTo(margins.left, t.px);
    context.lineTo(width - margins.right, t.px);
    context.stroke();
  }
  context.font = `${fontSize}px ${FONT_FAMILY}`;
  context.textBaseline = 'alphabetic';
  context.fillStyle = colors.muted;
  context.setLineDash([2, 3]);
  context.strokeStyle = colors.muted;
  context.globalAlpha = 0.45;
  for (const m of model.epochMarks) {
    context.beginPath();
    context.moveTo(m.px, margins.top);
    context.lineTo(m.px, bottom);
    context.stroke();
  }
  context.globalAlpha = 1;
  context.setLineDash([]);
  context.textAlign = 'center';
  for (const t of model.xTicks) context.fillText(t.label, t.px, bottom + 17);
  context.textAlign = 'right';
  for (const t of model.yTicks) context.fillText(t.label, margins.left - 6, t.px + 4);
  context.textAlign = 'left';
  context.fillText(model.scale === 'log' ? 'log scale' : 'linear scale', margins.left + 4, 14);
  context.fillStyle = colors.ink;
  context.font = `600 ${fontSize}px ${FONT_FAMILY}`;
  context.textAlign = 'right';
  context.fillText('step', margins.left - 8, bottom + 17);
  context.fillText('loss', margins.left - 6, 14);
}

/**
 * Draws the loss chart into `box` of a 2-D context, from the chart's pure model, as the page shows
 * it: every curve faintly (or in its hiker's colour when there are several), the theory dashed,
 * the followed run boldly up to the step, and a marker on each run at the step.
 */
export function drawLossChart(context: CanvasRenderingContext2D, box: Rect, frame: ChartFrame, colors: FigureColors, fontSize: number): void {
  const { model, series, primary, step } = frame;
  context.save();
  context.translate(box.x, box.y);
  drawAxes(context, model, colors, fontSize);
  const several = series.filter((s) => !s.dashed).length > 1;
  series.forEach((s, i) => {
    const look = s.dashed ? CURVE_LOOK.theory : several ? CURVE_LOOK.other : CURVE_LOOK.ahead;
    strokePath(context, model.path(i), look, s.dashed ? colors.ink : several && s.color ? s.color : colors.muted);
  });
  const [walkedTo] = model.point(primary, Math.max(0, step));
  context.save();
  context.beginPath();
  context.rect(0, 0, Math.max(0, walkedTo), model.height);
  context.clip();
  strokePath(context, model.path(primary), CURVE_LOOK.walked, series[primary]?.color ?? colors.accent);
  context.restore();
  // The followed hiker's marker on top of the others.
  const order = series.map((_, i) => i).filter((i) => i !== primary && !series[i]!.dashed);
  for (const i of [...order, primary]) {
    const [cx, cy] = model.point(i, step);
    context.beginPath();
    context.arc(cx, cy, i === primary ? 4.5 : 3, 0, 2 * Math.PI);
    context.fillStyle = series[i]?.color ?? colors.accent;
    context.fill();
    context.lineWidth = 1.5;
    context.strokeStyle = colors.surface;
    context.stroke();
  }
  context.restore();
}
