import { gifFrames } from './frames';
import { createGifEncoder } from './gifEncoder';
import { figureFor, nextTask, type ExportJob } from './job';

/**
 * The run as a looping GIF: one frame per step from `from` to `to`, each drawn by the export's own
 * scene on the page (a task per frame, so the page stays responsive) and encoded in a worker (or,
 * where none may start, on the page between frames). The palette comes from the first and last
 * frames, which between them hold every colour of the run.
 */
export async function makeGif(job: ExportJob): Promise<{ blob: Blob; where: 'worker' | 'page' }> {
  const { options, signal } = job;
  const frames = gifFrames(options.from, options.to, options.fps);
  const { figure, timeline } = await figureFor(job, true);
  const encoder = await createGifEncoder(options.width, options.height);
  try {
    const sample = (position: number): Uint8ClampedArray => {
      figure.draw(timeline.at(position), false);
      return figure.pixels();
    };
    encoder.setPalette([sample(options.from), sample(options.to)]);
    for (const [i, frame] of frames.entries()) {
      signal?.throwIfAborted();
      encoder.addFrame(sample(frame.position), frame.delayMs);
      job.progress((i + 1) / (frames.length + 1));
      await nextTask();
    }
    signal?.throwIfAborted();
    const bytes = await encoder.finish();
    return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/gif' }), where: encoder.where };
  } catch (error) {
    encoder.cancel();
    throw error;
  } finally {
    figure.destroy();
  }
}
