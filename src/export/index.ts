/**
 * Exports of a playground: a picture, an animation, a video, the runs' data. Loaded on demand
 * (the Export menu, the element's `toBlob`), so none of it is in the first frame's JavaScript.
 */
import { InvalidInputError } from '../core';
import { darkTheme, lightTheme, type Theme } from '../render/theme';
import { exportFormat, type ExportFormat } from '../state/exportFormats';
import type { Settings } from '../state/settings';
import type { Snapshot } from '../state/snapshot';
import { runsCsv, runsJson } from './data';
import { ExportDialog } from './dialog';
import { formatBytes } from './estimate';
import { exportFileName } from './fileName';
import { makeGif } from './gif';
import { makePng, type ExportJob } from './job';
import { checkFormat, resolveExportOptions, type ExportOptions } from './options';

export type { ExportOptions } from './options';

/** What an export reads from its playground, and how it speaks to the reader. */
export interface ExportSource {
  /** The playground's root, which holds the export dialog. */
  readonly root: HTMLElement;
  /** The playground as it is now (read only). */
  snapshot(): Snapshot;
  theme(): Theme;
  /** A link to these settings, where the page knows its address. */
  link?(settings: Settings): string;
  /** Shows a message that needs the reader's eyes (a failed export). */
  notify(message: string): void;
  /** Tells assistive technology, politely, how an export went. */
  announce(message: string): void;
}

/** A playground's exports. */
export interface Exporter {
  /** The Export menu's choice: a picture or data is saved at once; an animation or a video asks for its options first. */
  choose(format: ExportFormat): void;
  /** The file of `format` for the playground as it is now, or an error naming a bad option. */
  toBlob(format: unknown, options?: ExportOptions): Promise<Blob>;
  /** Cancels any export under way and removes the dialog. */
  destroy(): void;
}

/** Saves `blob` as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has read the file long before this.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function checkCallbacks(options: ExportOptions): void {
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') throw new InvalidInputError('onProgress', options.onProgress, 'must be a function');
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw new InvalidInputError('signal', options.signal, 'must be an AbortSignal');
}

/** Makes the file of `format` from the playground as it is now. */
async function exportNow(source: ExportSource, format: unknown, options: ExportOptions = {}): Promise<Blob> {
  const id = checkFormat(format);
  const live = source.snapshot();
  const { derived, settings } = live;
  const resolved = resolveExportOptions(id, options, { lastStep: derived.lastStep, stepsPerSecond: settings.stepsPerSecond });
  checkCallbacks(options);
  options.signal?.throwIfAborted();
  const { mimeType } = exportFormat(id);
  if (id === 'csv') return new Blob([runsCsv(derived)], { type: mimeType });
  if (id === 'json') return new Blob([runsJson(derived, source.link?.(settings))], { type: mimeType });
  const theme = resolved.theme ? (resolved.theme === 'dark' ? darkTheme : lightTheme) : source.theme();
  const job: ExportJob = { live, theme, options: resolved, ...(options.signal ? { signal: options.signal } : {}), progress: (f) => options.onProgress?.(f) };
  let blob: Blob;
  if (id === 'png') blob = await makePng(job);
  else if (id === 'gif') blob = (await makeGif(job)).blob;
  else blob = await (await import('./video')).makeVideo(job, id);
  options.onProgress?.(1);
  return blob;
}

/** The exports of one playground, whose dialog lives in `source.root`. */
export function createExporter(source: ExportSource): Exporter {
  const saved = (name: string, blob: Blob): void => {
    saveBlob(blob, name);
    source.announce(`Saved ${name} (${formatBytes(blob.size)}).`);
  };
  const dialog = new ExportDialog(source.root, {
    toBlob: (format, options) => exportNow(source, format, options),
    fileName: (format) => exportFileName(source.snapshot().settings, format),
    lastStep: () => source.snapshot().derived.lastStep,
    defaults: () => {
      const { settings, derived } = source.snapshot();
      return { stepsPerSecond: settings.stepsPerSecond, dim: derived.surface.dim, hikers: derived.runs.length };
    },
    saved,
  });
  return {
    choose(format) {
      if (exportFormat(format).asks) {
        dialog.open(format);
        return;
      }
      const name = exportFileName(source.snapshot().settings, format);
      exportNow(source, format).then(
        (blob) => saved(name, blob),
        (error: unknown) => source.notify(`Could not export ${exportFormat(format).label}: ${error instanceof Error ? error.message : String(error)}`),
      );
    },
    toBlob: (format, options) => exportNow(source, format, options),
    destroy: () => dialog.destroy(),
  };
}
