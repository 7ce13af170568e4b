/**
 * The rate sweep's worker: runs a sweep off the main thread. It receives a request with an id and
 * answers with that id and the sweep's points.
 */
import type { SweepInput } from '../state/sweep';
import { runSweep } from '../state/sweepRun';

interface SweepMessage {
  readonly id: number;
  readonly input: SweepInput;
  readonly rates: readonly number[];
}

self.addEventListener('message', (event: MessageEvent<SweepMessage>) => {
  const { id, input, rates } = event.data;
  try {
    self.postMessage({ id, points: runSweep(input, rates) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
