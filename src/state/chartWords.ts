import { formatNumber, overshotAt, type Run } from '../core';
import type { HikerSpec } from './hikers';
import type { SweepPoint } from './sweep';

const f = (v: number): string => formatNumber(v, 2);

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** How many steps raised the loss: steps that overshot the bottom and landed higher. */
const rises = (losses: readonly number[]): number => losses.reduce((n, v, k) => (k > 0 && v > losses[k - 1]! ? n + 1 : n), 0);

/** One run's loss curve in a sentence: "The loss fell from 7.6 to 0.0001 in 15 steps, rising twice when steps overshot." */
export function runSentence(run: Run): string {
  const first = run.losses[0]!;
  const last = run.losses[run.stoppedAt]!;
  const steps = `${run.stoppedAt} step${run.stoppedAt === 1 ? '' : 's'}`;
  if (run.status === 'diverged') return `The loss went from ${f(first)} to ${f(last)} in ${steps}, growing as each step overshot further: the run diverged.`;
  const up = rises(run.losses);
  let over = 0;
  for (let k = 1; k <= run.stoppedAt; k++) if (overshotAt(run, k)) over++;
  const way = last <= first ? 'fell' : 'rose';
  const bounces = up > 0 ? `, rising ${times(up)} when steps overshot` : over > 0 ? `, overshooting the bottom ${times(over)} but landing lower each time` : '';
  const end = run.status === 'max-steps' ? ', and was still going when its steps ran out' : '';
  return `The loss ${way} from ${f(first)} to ${f(last)} in ${steps}${bounces}${end}.`;
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
