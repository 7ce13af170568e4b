import type { ExportOptions, Exporter, ExportSource } from '../export';
import type { ExportFormat } from '../state/exportFormats';

/** A playground's exports, as the root wires them: the export code is loaded on first use. */
export interface ExportHost {
  /** The Export menu's choice. */
  choose(format: ExportFormat): void;
  /** The file of `format` for the playground as it is now (`Playground.toBlob`). */
  toBlob(format: string, options?: ExportOptions): Promise<Blob>;
  destroy(): void;
}

/**
 * Loads the exporters with a dynamic `import()` the first time they are asked for, so the first
 * frame's JavaScript holds none of them (nor gifenc, nor, until a video is made, mediabunny).
 */
export function createExportHost(source: ExportSource): ExportHost {
  let loading: Promise<Exporter> | undefined;
  let destroyed = false;
  const exporter = (): Promise<Exporter> => (loading ??= import('../export').then(({ createExporter }) => createExporter(source)));
  return {
    choose(format) {
      exporter().then(
        (e) => {
          if (!destroyed) e.choose(format);
        },
        (error: unknown) => source.notify(`The exports could not be loaded: ${error instanceof Error ? error.message : String(error)}`),
      );
    },
    toBlob: async (format, options) => (await exporter()).toBlob(format, options),
    destroy() {
      destroyed = true;
      void loading?.then((e) => e.destroy());
    },
  };
}
