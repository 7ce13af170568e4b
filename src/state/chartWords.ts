import { formatReadable, overshotAt, type Run } from '../core';
import type { HikerSpec } from './hikers';
import type { SweepPoint } from './sweep';

const f = (v: number): string => formatReadable(v, 2);

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * Whether the step to point k crossed the bottom: it overshot ({@link overshotAt}: the ground at its
 * landing slopes back the way it came) after setting off downhill. A step that set off uphill (noise
 * in the gradient, or momentum carrying the hiker) climbed; it crossed nothing.
 */
export function crossedAt(run: Run, k: number): boolean {
  if (!overshotAt(run, k)) return false;
  const [here, there, slope] = [run.path[k - 1]!, run.path[k]!, run.grads[k - 1]!];
  return here.reduce((along, v, d) => along + (there[d]! - v) * slope[d]!, 0) <= 0;
}

/**
 * Why the loss rose over the step to point k, or undefined if it did not rise. With one example
 * per step (`one-example`), a step that fits its example better may fit the others worse: the rise
 * is the sampling's. Otherwise a rise is an `overshoot` when the step crossed the bottom and landed
 * higher ({@link crossedAt}); else the step climbed, pushed by `noise` in the gradient or carried
 * by the optimizer's own momentum (`carried`).
 */
export type RiseCause = 'overshoot' | 'one-example' | 'noise' | 'carried';

export function riseAt(run: Run, k: number): RiseCause | undefined {
  if (k < 1 || k > run.stoppedAt || !(run.losses[k]! > run.losses[k - 1]!)) return undefined;
  if (run.epochSteps > 1) return 'one-example';
  if (crossedAt(run, k)) return 'overshoot';
  return run.usedGrads ? 'noise' : 'carried';
}

/** How the loss went up and down on its way: the steps that crossed the bottom, and those that raised the loss, by cause. */
function bouncesOf(run: Run): string {
  const rises: Record<RiseCause, number> = { overshoot: 0, 'one-example': 0, noise: 0, carried: 0 };
  let crossed = 0;
  for (let k = 1; k <= run.stoppedAt; k++) {
    const cause = riseAt(run, k);
    if (cause) rises[cause]++;
    if (crossedAt(run, k)) crossed++;
  }
  if (rises['one-example'] > 0) return `, rising ${times(rises['one-example'])} because each step sees only one example, not the whole dataset`;
  const parts: string[] = [];
  if (crossed > 0) {
    const landed = rises.overshoot === 0 ? 'but landing lower each time' : rises.overshoot === crossed ? 'and landing higher each time' : `and landing higher on ${rises.overshoot} of them`;
    parts.push(`overshooting the bottom ${times(crossed)} ${landed}`);
  }
  if (rises.noise > 0) parts.push(`rising ${times(rises.noise)} where the noise in the gradient pushed it uphill`);
  if (rises.carried > 0) parts.push(`rising ${times(rises.carried)} where its momentum carried it uphill`);
  return parts.length ? `, ${parts.join('; ')}` : '';
}

/** One run's loss curve in a sentence: "The loss fell from 7.6 to 0.0001 in 15 steps, overshooting the bottom twice but landing lower each time." */
export function runSentence(run: Run): string {
  const first = run.losses[0]!;
  const last = run.losses[run.stoppedAt]!;
  const steps = `${run.stoppedAt} step${run.stoppedAt === 1 ? '' : 's'}`;
  if (run.status === 'diverged') return `The loss went from ${f(first)} to ${f(last)} in ${steps}, growing as each step overshot further: the run diverged.`;
  const way = last <= first ? 'fell' : 'rose';
  const end = run.status === 'max-steps' ? ', and was still going when its steps ran out' : '';
  return `The loss ${way} from ${f(first)} to ${f(last)} in ${steps}${bouncesOf(run)}${end}.`;
}

/** The loss chart in a sentence: the followed run's, and with several runs, how they all ended. */
export function lossSummary(runs: readonly Run[], specs: readonly HikerSpec[], primary: number): string {
  const own = runSentence(runs[primary]!);
  if (runs.length < 2) return own;
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(run.status, (counts.get(run.status) ?? 0) + 1);
  const words: Record<string, string> = { converged: 'converged', diverged: 'diverged', 'max-steps': 'ran out of steps', 'no-improvement': 'stopped improving', 'epochs-done': 'finished their epochs' };
  const ended = [...counts].map(([status, n]) => `${n} ${words[status] ?? status}`).join(', ');
  return `${runs.length} runs: ${ended}. For ${specs[primary]?.label ?? 'the followed hiker'}: ${own.charAt(0).toLowerCase()}${own.slice(1)}`;
}

/** The rate sweep in a sentence: which rates converge, from which rate runs diverge, and where the loss ends lowest. */
export function sweepSummary(points: readonly SweepPoint[]): string {
  if (points.length === 0) return 'The rate sweep is being worked out.';
  const from = `${points.length} rates from ${f(points[0]!.lr)} to ${f(points.at(-1)!.lr)}`;
  const converged = points.filter((p) => p.status === 'converged');
  const diverged = points.filter((p) => p.status === 'diverged');
  const healthy = points.filter((p) => p.status !== 'diverged');
  const best = healthy.reduce<SweepPoint | undefined>((b, p) => (!b || p.loss < b.loss ? p : b), undefined);
  const parts = [
    converged.length ? `${converged.length} converge, from η = ${f(converged[0]!.lr)} to ${f(converged.at(-1)!.lr)}` : 'none converges',
    diverged.length ? `${diverged.length} diverge, the first at η = ${f(diverged[0]!.lr)}` : 'none diverges',
  ];
  const lowest = best ? ` The lowest loss, ${f(best.loss)}, is at η = ${f(best.lr)}.` : '';
  return `${from}: ${parts.join('; ')}.${lowest}`;
}
