import { BufferTarget, CanvasSource, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat } from 'mediabunny';
import { exportFormat } from '../state/exportFormats';
import { videoFrames } from './frames';
import { figureFor, nextTask, type ExportJob } from './job';
import { videoUnavailable } from './videoSupport';

/**
 * The run as a video through WebCodecs (H.264 in MP4, or VP9 in WebM), muxed by mediabunny: the
 * playhead walks `stepsPerSecond`, `fps` frames a second, hops drawn in between, and the end is
 * held a second. Frames are drawn on the page, one per task, and the encoder's backpressure is
 * awaited, so the page stays responsive; cancelling discards the file.
 */
export async function makeVideo(job: ExportJob, format: 'mp4' | 'webm'): Promise<Blob> {
  const { options, signal } = job;
  const unavailable = await videoUnavailable(format, options.width, options.height);
  if (unavailable) throw new Error(`${unavailable} Make an animated GIF (format gif) instead.`);
  const frames = videoFrames(options.from, options.to, options.fps, options.stepsPerSecond);
  const { figure, timeline } = await figureFor(job, false);
  const output = new Output({ format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(), target: new BufferTarget() });
  try {
    const source = new CanvasSource(figure.canvas, { codec: format === 'mp4' ? 'avc' : 'vp9', quality: QUALITY_HIGH, fullCodecString: exportFormat(format).codec! });
    output.addVideoTrack(source, { frameRate: options.fps });
    await output.start();
    for (const [i, frame] of frames.entries()) {
      signal?.throwIfAborted();
      figure.draw(timeline.at(frame.position, frame.afterEndSeconds), false);
      await source.add(i / options.fps, 1 / options.fps);
      job.progress((i + 1) / (frames.length + 1));
      await nextTask();
    }
    await output.finalize();
    return new Blob([output.target.buffer!], { type: exportFormat(format).mimeType });
  } catch (error) {
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
    throw error;
  } finally {
    figure.destroy();
  }
}
