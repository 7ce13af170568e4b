import { InvalidInputError } from '../core';
import { isExportFormat, exportFormats, VIDEO_SIZE, type ExportFormat } from '../state/exportFormats';

/**
 * What a caller may ask of an export (the element's `toBlob`, the Export dialog). Every field is
 * optional; missing ones take the defaults of {@link resolveExportOptions}.
 */
export interface ExportOptions {
  /** Width of the picture, animation or video in pixels; the height is 9/16 of it. */
  readonly width?: number;
  /** The first step shown (animation, video). Default 0. */
  readonly from?: number;
  /** The last step shown (animation, video). Default the end of the longest run. */
  readonly to?: number;
  /** Animation: frames (one per step) per second. Video: frames per second. */
  readonly fps?: number;
  /** Video: steps walked per second. Default the playground's speed. */
  readonly stepsPerSecond?: number;
  /** Light or dark. Default as on screen. */
  readonly theme?: 'light' | 'dark';
  /** Cancels the export: its promise rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
  /** Told how far the export has come, from 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
}

/** An export's options, checked and completed. */
export interface ResolvedExportOptions {
  readonly format: ExportFormat;
  readonly width: number;
  readonly height: number;
  /** Pixels of the file per CSS pixel of the figure's layout, which is at most 960 wide. */
  readonly density: number;
  readonly from: number;
  readonly to: number;
  readonly fps: number;
  readonly stepsPerSecond: number;
  readonly theme?: 'light' | 'dark';
}

/** What the options are checked against: the runs' length and the playground's speed. */
export interface ExportContext {
  readonly lastStep: number;
  readonly stepsPerSecond: number;
}

/** Widest the figure is laid out, in CSS pixels; larger files draw it at a higher density. */
export const LAYOUT_WIDTH = 960;

const WIDTHS: Readonly<Record<ExportFormat, readonly [number, number, number]>> = {
  // [least, most, default]
  png: [320, 3840, 1920],
  gif: [160, 1920, 640],
  mp4: [320, VIDEO_SIZE.width, VIDEO_SIZE.width],
  webm: [320, VIDEO_SIZE.width, VIDEO_SIZE.width],
  csv: [0, 0, 0],
  json: [0, 0, 0],
};

/** The options each format takes (beyond `signal` and `onProgress`, which all take). */
const TAKES: Readonly<Record<ExportFormat, readonly string[]>> = {
  png: ['width', 'theme'],
  gif: ['width', 'from', 'to', 'fps', 'theme'],
  mp4: ['width', 'from', 'to', 'fps', 'stepsPerSecond', 'theme'],
  webm: ['width', 'from', 'to', 'fps', 'stepsPerSecond', 'theme'],
  csv: [],
  json: [],
};

const isVideo = (format: ExportFormat): boolean => format === 'mp4' || format === 'webm';

/** `value` if it is an integer within [least, most]; else an error naming `field`. */
function integerIn(field: string, value: unknown, least: number, most: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < least || value > most) {
    throw new InvalidInputError(field, value, `must be a whole number from ${least} to ${most}`);
  }
  return value;
}

function numberIn(field: string, value: unknown, least: number, most: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < least || value > most) {
    throw new InvalidInputError(field, value, `must be a number from ${least} to ${most}`);
  }
  return value;
}

/** The format, checked: one of the table's. */
export function checkFormat(format: unknown): ExportFormat {
  if (!isExportFormat(format)) throw new InvalidInputError('format', format, `must be one of ${exportFormats.map((f) => f.id).join(', ')}`);
  return format;
}

/**
 * Checks `options` for `format` and fills in the defaults: an error names the option and the value
 * (`invalid width: 5000 (must be a whole number from 160 to 1920)`), and an option the format does
 * not take is refused by name.
 */
export function resolveExportOptions(format: ExportFormat, options: ExportOptions, context: ExportContext): ResolvedExportOptions {
  if (typeof options !== 'object' || options === null) throw new InvalidInputError('options', options, 'must be an object');
  const takes = TAKES[format];
  for (const key of Object.keys(options)) {
    if (key !== 'signal' && key !== 'onProgress' && !takes.includes(key)) {
      throw new InvalidInputError('option', key, takes.length ? `${format} takes ${takes.join(', ')}` : `${format} takes no options`);
    }
  }
  const [least, most, fallback] = WIDTHS[format];
  let width = options.width === undefined ? fallback : integerIn('width', options.width, least, most);
  // Video encoders take even sizes only.
  if (isVideo(format)) width -= width % 2;
  const height = isVideo(format) ? Math.round((width * 9) / 32) * 2 : Math.round((width * 9) / 16);
  const { lastStep } = context;
  const from = options.from === undefined ? 0 : integerIn('from', options.from, 0, Math.max(0, lastStep - 1));
  const to = options.to === undefined ? lastStep : integerIn('to', options.to, from + 1, Math.max(from + 1, lastStep));
  if ((format === 'gif' || isVideo(format)) && lastStep < 1) throw new InvalidInputError('to', lastStep, 'the run has no step to animate');
  const speed = Math.min(50, Math.max(1, Math.round(context.stepsPerSecond)));
  const fps = options.fps === undefined ? (isVideo(format) ? 30 : speed) : isVideo(format) ? integerIn('fps', options.fps, 1, 60) : integerIn('fps', options.fps, 1, 50);
  const stepsPerSecond = options.stepsPerSecond === undefined ? context.stepsPerSecond : numberIn('stepsPerSecond', options.stepsPerSecond, 0.25, 60);
  if (options.theme !== undefined && options.theme !== 'light' && options.theme !== 'dark') throw new InvalidInputError('theme', options.theme, 'must be light or dark');
  return {
    format,
    width,
    height,
    density: Math.max(1, width / LAYOUT_WIDTH),
    from,
    to,
    fps,
    stepsPerSecond,
    ...(options.theme ? { theme: options.theme } : {}),
  };
}
