/**
 * The GIF encoder's worker: a {@link GifWriter} off the main thread. It answers `ping` with
 * `ready`, takes `start`, `palette` and `frame` messages in order, and answers `finish` with the
 * file's bytes (or any failure with its message).
 */
import { GifWriter } from './gifWriter';
import type { GifMessage } from './gifEncoder';

function serve(scope: typeof self): void {
  let writer: GifWriter | undefined;
  scope.addEventListener('message', (event: MessageEvent<GifMessage>) => {
    const message = event.data;
    try {
      if (message.type === 'ping') scope.postMessage({ type: 'ready' });
      else if (message.type === 'start') writer = new GifWriter(message.width, message.height);
      else if (message.type === 'palette') writer?.setPalette(message.samples);
      else if (message.type === 'frame') writer?.addFrame(message.rgba, message.delayMs);
      else if (writer) {
        const bytes = writer.finish();
        scope.postMessage({ type: 'done', bytes }, { transfer: [bytes.buffer] });
      }
    } catch (error) {
      scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
}

serve(self);
