import { GifWriter } from './gifWriter';

/** What the page tells the GIF worker, in order: `start`, `palette`, each `frame`, `finish`. */
export type GifMessage =
  | { readonly type: 'ping' }
  | { readonly type: 'start'; readonly width: number; readonly height: number }
  | { readonly type: 'palette'; readonly samples: readonly Uint8ClampedArray[] }
  | { readonly type: 'frame'; readonly rgba: Uint8ClampedArray; readonly delayMs: number }
  | { readonly type: 'finish' };

type GifReply = { readonly type: 'ready' } | { readonly type: 'done'; readonly bytes: Uint8Array } | { readonly type: 'error'; readonly message: string };

/** Encodes a GIF frame by frame; where it runs is its own business. */
export interface GifEncoder {
  /** Where the encoding runs: a worker, or the page (between the frames it draws). */
  readonly where: 'worker' | 'page';
  setPalette(samples: readonly Uint8ClampedArray[]): void;
  addFrame(rgba: Uint8ClampedArray, delayMs: number): void;
  finish(): Promise<Uint8Array>;
  /** Stops at once, dropping what was encoded. */
  cancel(): void;
}

/** The encoder on the page's own thread: each frame is encoded in the task that drew it. */
function onPage(width: number, height: number): GifEncoder {
  const writer = new GifWriter(width, height);
  return {
    where: 'page',
    setPalette: (samples) => writer.setPalette(samples),
    addFrame: (rgba, delayMs) => writer.addFrame(rgba, delayMs),
    finish: () => Promise.resolve(writer.finish()),
    cancel: () => undefined,
  };
}

/**
 * The encoder in a module worker from the playground's own origin (a strict Content-Security-
 * Policy allows it); frames are handed over, not copied. Rejects when the worker cannot start
 * (a page that forbids workers, a copy opened from disk, a copy of the element without its worker
 * file), for the caller to encode on the page instead.
 */
async function inWorker(width: number, height: number): Promise<GifEncoder> {
  const worker = new Worker(new URL('./gif.worker.ts', import.meta.url), { type: 'module', name: 'lr-playground gif' });
  const replies: ((reply: GifReply) => void)[] = [];
  let failure: Error | undefined;
  worker.addEventListener('message', (event: MessageEvent<GifReply>) => replies.shift()?.(event.data));
  // A worker script that cannot load fails here; a ping proves it runs before any frame is sent.
  await new Promise<void>((resolve, reject) => {
    worker.addEventListener('error', () => {
      failure = new Error('the GIF worker could not start');
      worker.terminate();
      reject(failure);
      replies.shift()?.({ type: 'error', message: failure.message });
    });
    replies.push((reply) => (reply.type === 'ready' ? resolve() : reject(new Error(reply.type))));
    worker.postMessage({ type: 'ping' });
  });
  const send = (message: GifMessage, transfer: Transferable[] = []): void => {
    if (failure) throw failure;
    worker.postMessage(message, transfer);
  };
  send({ type: 'start', width, height });
  return {
    where: 'worker',
    setPalette: (samples) => send({ type: 'palette', samples }),
    addFrame: (rgba, delayMs) => send({ type: 'frame', rgba, delayMs }, [rgba.buffer]),
    finish: () =>
      new Promise((resolve, reject) => {
        replies.push((reply) => {
          worker.terminate();
          if (reply.type === 'done') resolve(reply.bytes);
          else reject(new Error(reply.type === 'error' ? reply.message : 'the GIF worker answered out of turn'));
        });
        send({ type: 'finish' });
      }),
    cancel: () => worker.terminate(),
  };
}

/** A GIF encoder of `width` × `height`: in a worker where one starts, else on the page. */
export async function createGifEncoder(width: number, height: number): Promise<GifEncoder> {
  try {
    return await inWorker(width, height);
  } catch {
    return onPage(width, height);
  }
}
