import type { Run, RunStatus } from '../core';
import type { PlayStatus } from './playhead';

/**
 * What a fan or a race is doing, as `data-status` reports it: `idle`, `playing` or `paused` as
 * for one hiker; once every hiker has stopped, the outcome they share (`converged` when all
 * converged), or `stopped` when their outcomes differ.
 */
export type GroupPlayStatus = PlayStatus | 'stopped';

/** The group's status, and its state in a headline and a sentence. */
export interface GroupStatus {
  readonly status: GroupPlayStatus;
  readonly headline: string;
  readonly detail: string;
}

/** An outcome as the legend and the banner say it, for one hiker and for several. */
const OUTCOMES: Readonly<Record<RunStatus, readonly [string, string]>> = {
  converged: ['converged', 'converged'],
  diverged: ['diverged', 'diverged'],
  'max-steps': ['ran out of steps', 'out of steps'],
  'no-improvement': ['stopped improving', 'stopped improving'],
  'epochs-done': ['finished its epochs', 'done with their epochs'],
};

/** "4 converged, 1 diverged, 1 out of steps": how many ended each way, most common first. */
export function outcomeCounts(statuses: readonly RunStatus[]): string {
  const counts = new Map<RunStatus, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([s, n]) => `${n} ${OUTCOMES[s][1]}`)
    .join(', ');
}

/** Whether the playhead status says every hiker has stopped (it carries a run's outcome). */
const ended = (status: PlayStatus): status is RunStatus => status !== 'idle' && status !== 'playing' && status !== 'paused';

/**
 * The status of a group of hikers at step `step` of the playhead: `status` is the playhead's
 * (which carries the followed hiker's outcome once all have stopped), `runs` every hiker's run.
 */
export function groupStatus(status: PlayStatus, runs: readonly Run[], step: number): GroupStatus {
  const n = runs.length;
  if (ended(status)) {
    const outcomes = runs.map((r) => r.status);
    const shared = outcomes.every((o) => o === outcomes[0]) ? outcomes[0] : undefined;
    if (shared) return { status: shared, headline: `All ${n} ${OUTCOMES[shared][1]}`, detail: `the last at step ${Math.max(...runs.map((r) => r.stoppedAt))}` };
    return { status: 'stopped', headline: `All ${n} stopped`, detail: outcomeCounts(outcomes) };
  }
  if (status === 'idle') {
    const diverging = runs.filter((r) => r.status === 'diverged').length;
    const ahead = diverging === 0 ? '' : diverging === n ? ` All ${n} will diverge.` : ` ${diverging} of them will diverge.`;
    return { status, headline: 'Ready', detail: `${n} hikers set out from one start.${ahead} Press play.` };
  }
  const done = runs.filter((r) => step >= r.stoppedAt);
  const walking = n - done.length;
  const so = done.length === 0 ? '' : `; ${outcomeCounts(done.map((r) => r.status))}`;
  const headline = status === 'playing' ? 'Walking' : `Paused at step ${step}`;
  return { status, headline, detail: `${walking} of ${n} still walking${so}` };
}
