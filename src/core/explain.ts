import { Batch } from './batch';
import { checkLr, checkPoint, resolveRunSetup, type SimulateInput } from './simulate';

/** One step of a run, written out: where the hiker stands, what it feels, and how it moves. */
export interface StepExplanation {
  /** The step explained: from point k to point k + 1. */
  readonly step: number;
  readonly names: readonly string[];
  readonly point: readonly number[];
  readonly loss: number;
  /** The true gradient at the point. */
  readonly grad: readonly number[];
  /** The gradient the optimizer used (one example's, with noise, if any). */
  readonly usedGrad: readonly number[];
  /** With one-example steps: the index of the example this step used. */
  readonly example?: number;
  readonly lr: number;
  /** Where the step lands; undefined when the run ended at this point. */
  readonly next?: readonly number[];
  readonly nextLoss?: number;
  /** Whether the step was refused because it diverged. */
  readonly refused: boolean;
  /** The update's equations with their numbers, one per line. */
  readonly lines: readonly string[];
}

/**
 * Replays the run of `input` to point k and writes out step k: the gradient there, the
 * optimizer's update with its numbers, and where it lands (or that it was refused). A step past
 * the run's end explains its last point, with no update.
 */
export function explainStep(input: SimulateInput, k: number, names: readonly string[] = ['x', 'y']): StepExplanation {
  const setup = resolveRunSetup(input);
  const lr = checkLr(input.lr);
  const start = checkPoint(input.start ?? [...setup.surface.start], setup.surface);
  const batch = new Batch({ ...setup, n: 1, lrs: [lr], starts: start });
  while (batch.t < k && batch.advance());
  const step = batch.running > 0 ? Math.min(k, batch.t) : Math.min(k, batch.stoppedAt[0] as number);
  const dim = setup.surface.dim;
  const coordinateNames = names.slice(0, dim);
  const point = Array.from(batch.positions);
  const grad = Array.from(batch.grads);
  const base = { step, names: coordinateNames, point, loss: batch.losses[0] as number, grad, lr: lr * setup.lrFactor(step) };
  if (batch.running === 0) return { ...base, usedGrad: grad, refused: false, lines: [] };
  const before = batch.peek(0);
  batch.advance();
  const usedGrad = batch.lastUsedGrads.length > 0 ? Array.from(batch.lastUsedGrads) : grad;
  const example = batch.lastExample;
  const refused = batch.status(0) === 'diverged' && (batch.stoppedAt[0] as number) === step;
  const next = refused ? Array.from(batch.refused) : Array.from(batch.positions);
  const after = batch.peek(0);
  const lines = coordinateNames.flatMap((name, d) =>
    setup.optimizer.explain({
      name,
      value: point[d] as number,
      next: next[d] as number,
      g: usedGrad[d] as number,
      lr: base.lr,
      before: before[d] ?? {},
      after: after[d] ?? {},
      hyper: setup.hyper,
    }),
  );
  return {
    ...base,
    usedGrad,
    ...(example >= 0 ? { example } : {}),
    next,
    ...(refused ? {} : { nextLoss: batch.losses[0] as number }),
    refused,
    lines,
  };
}
