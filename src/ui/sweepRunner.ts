import type { SweepPoint, SweepRequest } from '../state/sweep';
import { runSweep } from '../state/sweepRun';

/** Rates run per slice when the sweep runs on the main thread, between which the page may draw. */
const SLICE_RATES = 30;
/** How long a change must rest before the sweep of it runs (a rate dragged in the panel changes nothing here, but a valley parameter does). */
const SETTLE_MS = 120;

/**
 * Runs rate sweeps off the main thread: in a module worker loaded from the playground's own origin
 * (which a strict Content-Security-Policy allows), or, where no worker can start (a page that
 * forbids it, a copy of the element without its worker file), on the main thread in slices, with
 * the page free to draw between them. Only the latest request counts: an older one still running
 * is dropped when it ends.
 */
export class SweepRunner {
  private worker: Worker | undefined | null;
  private latest = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shownKey = '';

  /** `show` receives the points of the latest request, and where they were worked out. */
  constructor(private readonly show: (points: readonly SweepPoint[], where: 'worker' | 'page') => void) {}

  /** Asks for a sweep; a request the same as the last one shown or asked for is ignored. */
  request(request: SweepRequest): void {
    if (request.key === this.shownKey) return;
    this.shownKey = request.key;
    const id = ++this.latest;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(id, request), id === 1 ? 0 : SETTLE_MS);
  }

  private async run(id: number, request: SweepRequest): Promise<void> {
    let points: readonly SweepPoint[] | undefined;
    let where: 'worker' | 'page' = 'worker';
    try {
      points = await this.inWorker(id, request);
    } catch {
      where = 'page';
      points = await this.inSlices(id, request);
    }
    if (points && id === this.latest) this.show(points, where);
  }

  /** The module worker, started on first use; null once it has failed to start. */
  private startWorker(): Worker {
    if (this.worker === null) throw new Error('no worker');
    this.worker ??= new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module', name: 'lr-playground sweep' });
    return this.worker;
  }

  private inWorker(id: number, request: SweepRequest): Promise<readonly SweepPoint[]> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.startWorker();
      } catch (error) {
        this.worker = null;
        reject(error);
        return;
      }
      const done = (): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
      };
      const onMessage = (event: MessageEvent<{ id: number; points?: SweepPoint[]; error?: string }>): void => {
        if (event.data.id !== id) return;
        done();
        if (event.data.points) resolve(event.data.points);
        else reject(new Error(event.data.error));
      };
      // A worker script that cannot load (missing, refused by the page's policy) fails here.
      const onError = (): void => {
        done();
        this.worker?.terminate();
        this.worker = null;
        reject(new Error('the sweep worker could not start'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ id, input: request.input, rates: request.rates });
    });
  }

  /** The sweep on this thread, a slice of rates per task; undefined if a newer request came meanwhile. */
  private async inSlices(id: number, request: SweepRequest): Promise<readonly SweepPoint[] | undefined> {
    const points: SweepPoint[] = [];
    for (let i = 0; i < request.rates.length; i += SLICE_RATES) {
      if (id !== this.latest) return undefined;
      points.push(...runSweep(request.input, request.rates.slice(i, i + SLICE_RATES)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return points;
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.latest++;
    this.worker?.terminate();
    this.worker = null;
  }
}
