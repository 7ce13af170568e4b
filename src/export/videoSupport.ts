import { exportFormat } from '../state/exportFormats';

/** Why this browser cannot make a video of `format`, or undefined when it can. */
export async function videoUnavailable(format: 'mp4' | 'webm', width: number, height: number): Promise<string | undefined> {
  const spec = exportFormat(format);
  const name = format === 'mp4' ? 'H.264 (MP4)' : 'VP9 (WebM)';
  if (typeof VideoEncoder === 'undefined') return 'This browser has no video encoder for pages (WebCodecs), so it cannot make a video here.';
  try {
    const { supported } = await VideoEncoder.isConfigSupported({ codec: spec.codec!, width, height, bitrate: 8_000_000, framerate: 30 });
    if (supported) return undefined;
  } catch {
    // A codec string the browser does not know is as good as unsupported.
  }
  return `This browser cannot encode ${name} video at ${width} × ${height}.`;
}
