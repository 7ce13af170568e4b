import type { Theme } from '../render/theme';
import type { Snapshot } from '../state/snapshot';
import { Figure } from './figure';
import type { ResolvedExportOptions } from './options';
import { ExportTimeline } from './timeline';

/** One export under way: what it draws from, how it is asked to look, and whom it tells. */
export interface ExportJob {
  /** The playground as it was when the export began; the export never changes it. */
  readonly live: Snapshot;
  readonly theme: Theme;
  readonly options: ResolvedExportOptions;
  readonly signal?: AbortSignal;
  /** Told how far the export has come, from 0 to 1. */
  progress(fraction: number): void;
}

/** Lets the page draw and take input before the next frame is made. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A figure of the job's size and theme, and the timeline its frames come from. */
export async function figureFor(job: ExportJob, readBack: boolean): Promise<{ figure: Figure; timeline: ExportTimeline }> {
  const { width, height, density } = job.options;
  const figure = await Figure.create({ width, height, density, theme: job.theme, readBack });
  return { figure, timeline: new ExportTimeline(job.live) };
}

/** The picture of the scene as shown: the playhead where it is, the guides where the screen shows them. */
export async function makePng(job: ExportJob): Promise<Blob> {
  const { figure, timeline } = await figureFor(job, false);
  try {
    figure.draw(timeline.at(job.live.position), !job.live.playing);
    job.progress(0.5);
    return await figure.png();
  } finally {
    figure.destroy();
  }
}
