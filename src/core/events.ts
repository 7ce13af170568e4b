import type { Run } from './simulate';

/** Moments of a run worth marking on its timeline (indices of points of the path). */
export interface RunEvents {
  /** The first point reached by overshooting: past the lowest point along the step's direction. */
  readonly firstOvershoot?: number;
  /** In a diverged run, the point from which the loss only grew. */
  readonly divergenceOnset?: number;
  /** In a converged run, where it converged. */
  readonly converged?: number;
}

/**
 * Whether the step to point k overshot: the ground at its landing point slopes back the way it
 * came, (x_k − x_{k−1}) · ∇f(x_k) > 0, so the lowest point along the step lay before it.
 */
export function overshotAt(run: Run, k: number): boolean {
  if (k < 1 || k > run.stoppedAt) return false;
  const here = run.path[k - 1] as number[];
  const there = run.path[k] as number[];
  const slope = run.grads[k] as number[];
  let along = 0;
  let size = 0;
  for (let d = 0; d < here.length; d++) {
    const step = (there[d] as number) - (here[d] as number);
    along += step * (slope[d] as number);
    size += Math.abs(step * (slope[d] as number));
  }
  return along > 1e-12 * size;
}

/** Finds a run's moments: the first overshoot ({@link overshotAt}), where a divergence set in, and convergence. */
export function runEvents(run: Run): RunEvents {
  let firstOvershoot: number | undefined;
  for (let k = 1; k <= run.stoppedAt && firstOvershoot === undefined; k++) if (overshotAt(run, k)) firstOvershoot = k;
  let divergenceOnset: number | undefined;
  if (run.status === 'diverged') {
    let j = run.stoppedAt;
    while (j > 0 && (run.losses[j - 1] as number) < (run.losses[j] as number)) j--;
    divergenceOnset = j;
  }
  return {
    ...(firstOvershoot === undefined ? {} : { firstOvershoot }),
    ...(divergenceOnset === undefined ? {} : { divergenceOnset }),
    ...(run.status === 'converged' ? { converged: run.stoppedAt } : {}),
  };
}
