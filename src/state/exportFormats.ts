/**
 * The files a playground exports, as one table: the Export menu's items, the element's
 * `toBlob(format)`, the downloads' extensions and types, and the video codecs probed, all read it.
 */

export type ExportFormat = 'png' | 'gif' | 'mp4' | 'webm' | 'csv' | 'json';

export interface ExportFormatSpec {
  readonly id: ExportFormat;
  /** The menu item's text, naming the format. */
  readonly label: string;
  readonly extension: string;
  readonly mimeType: string;
  /** Whether it asks for options (range, size, speed) before it starts. */
  readonly asks: boolean;
  /**
   * For a video: the WebCodecs codec string it is encoded with at 1080p (H.264 High 4.0, VP9
   * profile 0 level 4.0, 8-bit), which the menu probes with `VideoEncoder.isConfigSupported`.
   */
  readonly codec?: string;
}

export const exportFormats: readonly ExportFormatSpec[] = [
  { id: 'png', label: 'Picture (PNG)', extension: 'png', mimeType: 'image/png', asks: false },
  { id: 'gif', label: 'Animation (GIF)', extension: 'gif', mimeType: 'image/gif', asks: true },
  { id: 'mp4', label: 'Video (MP4)', extension: 'mp4', mimeType: 'video/mp4', asks: true, codec: 'avc1.640028' },
  { id: 'webm', label: 'Video (WebM)', extension: 'webm', mimeType: 'video/webm', asks: true, codec: 'vp09.00.40.08' },
  { id: 'csv', label: 'Data (CSV)', extension: 'csv', mimeType: 'text/csv', asks: false },
  { id: 'json', label: 'Data (JSON)', extension: 'json', mimeType: 'application/json', asks: false },
];

export const isExportFormat = (value: unknown): value is ExportFormat => exportFormats.some((f) => f.id === value);

export const exportFormat = (id: ExportFormat): ExportFormatSpec => exportFormats.find((f) => f.id === id)!;

/** The size videos are made at (and probed for): 1080p, for a projector. */
export const VIDEO_SIZE = { width: 1920, height: 1080 } as const;
