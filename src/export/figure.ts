import { createLossChartModel, type LossChartModel } from '../chart/lossChartModel';
import { MARGINS } from '../chart/lossChart';
import { Scene } from '../render/scene';
import type { Theme } from '../render/theme';
import { markScale } from '../render/viewport';
import type { Presentation } from '../state/present';
import { captionOf } from './caption';
import { drawLossChart } from './chartCanvas';
import { drawCaption, drawLegend, drawValleyAxes } from './figureParts';
import { figureLayout, type FigureLayout } from './layout';
import { figureColors, FONT_FAMILY, type FigureColors } from './palette';

/** What a figure is made for: its size in pixels, its density, and its theme. */
export interface FigureSpec {
  readonly width: number;
  readonly height: number;
  /** Pixels per CSS pixel of the layout. */
  readonly density: number;
  readonly theme: Theme;
  /** Whether its pixels are read back (an animation's frames), which keeps its canvas on the CPU. */
  readonly readBack: boolean;
}

/**
 * The exported figure: the caption, the valley (drawn by a WebGL scene of its own, made for the
 * export and destroyed after it) and the loss curve (drawn from the chart's pure model onto the
 * same 2-D canvas). Each {@link draw} composes one frame from a presentation, so a picture, an
 * animation's frames and a video's frames all come from the same code.
 */
export class Figure {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly layout: FigureLayout;
  private readonly colors: FigureColors;
  private chart: { data: Presentation['lossChart']; model: LossChartModel } | undefined;

  private constructor(
    private readonly spec: FigureSpec,
    private readonly scene: Scene,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = spec.width;
    this.canvas.height = spec.height;
    const context = this.canvas.getContext('2d', { alpha: false, willReadFrequently: spec.readBack });
    if (!context) throw new Error('this browser could not make a 2-D canvas for the figure');
    this.context = context;
    this.layout = figureLayout(spec.width / spec.density, spec.height / spec.density);
    this.colors = figureColors(spec.theme);
  }

  /** A figure of `spec`, with its own WebGL scene; {@link destroy} gives the scene's context back. */
  static async create(spec: FigureSpec): Promise<Figure> {
    const { valley } = figureLayout(spec.width / spec.density, spec.height / spec.density);
    const scene = await Scene.create(valley.width, valley.height, spec.theme, undefined, spec.density);
    return new Figure(spec, scene);
  }

  /** Composes one frame: the presentation's scene, its loss curve at its step, its legend and the caption. */
  draw(presentation: Presentation, showGuides: boolean): void {
    const { context, layout, colors, spec } = this;
    const { snapshot, surface } = presentation;
    context.setTransform(spec.density, 0, 0, spec.density, 0, 0);
    context.fillStyle = colors.background;
    context.fillRect(0, 0, layout.width, layout.height);
    drawCaption(context, layout.caption, captionOf(snapshot.derived), colors, layout.fontSize);
    const { valley } = layout;
    const scale = markScale(valley.width, valley.height, snapshot.settings.presenter);
    this.scene.draw({
      surface,
      hikers: snapshot.hikers.map((h) => ({ run: h.run, flyOff: h.flyOff, ...(h.spec.color ? { color: h.spec.color } : {}) })),
      primary: snapshot.primary,
      start: snapshot.settings.start ?? surface.start,
      position: snapshot.position,
      theme: spec.theme,
      scale,
      showGuides,
    });
    // The scene's drawing buffer is readable only in the task that drew it: copy it at once.
    context.drawImage(this.scene.canvas, valley.x, valley.y, valley.width, valley.height);
    const small = Math.round(layout.fontSize * 0.75);
    const viewport = this.scene.viewport;
    if (viewport) {
      const names: [string, string] = [surface.names[0] ?? 'x', surface.dim === 2 ? (surface.names[1] ?? 'y') : 'loss'];
      drawValleyAxes(context, valley, viewport, names, surface.dim === 2, colors, small);
      // Below the vertical axis's name, as on the page.
      drawLegend(context, { x: valley.x + viewport.margins.left + 8, y: valley.y + viewport.margins.top + small * 2 }, presentation.legend, colors, small);
    }
    this.drawChart(presentation, small);
  }

  /** The loss curve's card, with the playhead's step shown at its top right. */
  private drawChart(presentation: Presentation, fontSize: number): void {
    const { context, layout, colors } = this;
    const { chart: box } = layout;
    context.fillStyle = colors.surface;
    context.strokeStyle = colors.faint;
    context.lineWidth = 1;
    context.beginPath();
    context.roundRect(box.x, box.y, box.width, box.height, 10);
    context.fill();
    context.stroke();
    const inner = { x: box.x + 4, y: box.y + 8, width: box.width - 8, height: box.height - 12 };
    const data = presentation.lossChart;
    if (this.chart?.data !== data) {
      const model = createLossChartModel(data.series, { width: inner.width, height: inner.height, margins: MARGINS, scale: data.scale, epochSteps: data.epochSteps });
      this.chart = { data, model };
    }
    const { snapshot } = presentation;
    // Each run's marker at the playhead's step, or at its own end if it stopped before.
    const step = Math.floor(snapshot.position + 1e-9);
    drawLossChart(context, inner, { model: this.chart.model, series: data.series, primary: data.primary, step }, colors, fontSize);
    context.font = `600 ${fontSize}px ${FONT_FAMILY}`;
    context.fillStyle = colors.ink;
    context.textAlign = 'right';
    context.fillText(`step ${step} of ${snapshot.derived.lastStep}`, box.x + box.width - 12, inner.y + 14);
  }

  /** The figure's pixels, RGBA, row by row. */
  pixels(): Uint8ClampedArray {
    return this.context.getImageData(0, 0, this.spec.width, this.spec.height).data;
  }

  /** The figure as a PNG file. */
  png(): Promise<Blob> {
    return new Promise((resolve, reject) => this.canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('this browser could not encode the picture as PNG'))), 'image/png'));
  }

  destroy(): void {
    this.scene.destroy();
    this.canvas.width = this.canvas.height = 0;
  }
}
