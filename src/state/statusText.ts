import { formatNumber, formatReadable, type Run, type Surface } from '../core';
import { crossedAt, riseAt } from './chartWords';
import type { HikerSpec } from './hikers';
import type { PlayStatus } from './playhead';

/** A short headline and a sentence for the current state, in plain words. */
export interface StatusText {
  readonly headline: string;
  readonly detail: string;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * When a run that stopped at point `stoppedAt` diverged, numbered as its timeline is: it ends at
 * its last finite point, so "after step 37" where the timeline reads "37 of 37" (step 38 was refused).
 */
export const divergedWhen = (stoppedAt: number): string => (stoppedAt === 0 ? 'at its first step' : `after step ${stoppedAt}`);

/** What else the status words may say: the critical rate at the start, and the other hikers of a fan or a race. */
export interface StatusContext {
  /** The critical rate where the run starts, where it is defined. */
  readonly criticalLr?: number;
  /** How many other hikers are still walking (a fan or a race whose followed hiker has stopped). */
  readonly othersWalking?: number;
}

/** The status of the followed hiker at its step, in a headline and a sentence. */
export function describeStatus(status: PlayStatus, run: Run, step: number, context: StatusContext = {}): StatusText {
  if ((status === 'playing' || status === 'paused') && step >= run.stoppedAt && run.stoppedAt > 0 && context.othersWalking) {
    const own = describeStatus(run.status, run, step);
    const others = context.othersWalking === 1 ? 'One other hiker walks on.' : `${context.othersWalking} other hikers walk on.`;
    return { headline: own.headline, detail: `${own.detail} ${others}` };
  }
  switch (status) {
    case 'idle':
      return run.status === 'diverged' ? divergesAhead(run, context.criticalLr) : { headline: 'Ready', detail: 'Press play, or drag the hiker to choose where it starts.' };
    case 'playing':
      return { headline: 'Walking', detail: walkingDetail(run, step) };
    case 'paused':
      return { headline: `Paused at step ${step}`, detail: walkingDetail(run, step) };
    case 'converged':
      return { headline: `Converged at step ${run.stoppedAt}`, detail: `${capitalise(run.stopReason)}.` };
    case 'diverged':
      return {
        headline: `Diverged ${divergedWhen(run.stoppedAt)}`,
        detail: `The learning rate is too large here: each step overshoots further than the last. ${capitalise(run.stopReason.replace(/^diverged: /, ''))}.`,
      };
    case 'max-steps':
      return { headline: `Stopped after ${run.stoppedAt} steps`, detail: `${capitalise(run.stopReason)}. Not there yet: a larger rate, or more steps?` };
    case 'no-improvement':
      return { headline: 'Stopped improving', detail: `${capitalise(run.stopReason)}.` };
    case 'epochs-done':
      return { headline: `Done: ${epochsOf(run)}`, detail: `${capitalise(run.stopReason)}.` };
  }
}

/** Before play, a run that will diverge says so, and how far past the critical rate its rate is. */
function divergesAhead(run: Run, criticalLr: number | undefined): StatusText {
  const when = run.stoppedAt === 0 ? 'its very first step would fly out of the valley' : `it diverges after step ${run.stoppedAt}`;
  const ratio = criticalLr !== undefined ? run.lr / criticalLr : undefined;
  const past =
    ratio !== undefined && ratio > 1
      ? `η = ${formatNumber(run.lr, 3)} is ${ratio >= 10 ? formatNumber(ratio, 2) : ratio.toFixed(1)}× the critical rate ${formatNumber(criticalLr!, 3)}: each step overshoots further than the last, and ${when}.`
      : `At η = ${formatNumber(run.lr, 3)} the steps grow too large: ${when}.`;
  return { headline: 'Too large: this run diverges', detail: `${past} Lower the rate, or press play to watch.` };
}

/** How many epochs a run took, in words. */
function epochsOf(run: Run): string {
  const epochs = Math.round(run.stoppedAt / run.epochSteps);
  return `${epochs} epoch${epochs === 1 ? '' : 's'}`;
}

/** What the last step did, for a learner watching: whether the loss fell or rose, and why it rose. */
function walkingDetail(run: Run, step: number): string {
  if (step === 0) return 'Setting out from the start.';
  const before = run.losses[step - 1] as number;
  const now = run.losses[step] as number;
  const rose = now > before;
  const change = rose ? `The loss went up, from ${formatReadable(before)} to ${formatReadable(now)}` : `The loss fell from ${formatReadable(before)} to ${formatReadable(now)}`;
  const cause = riseAt(run, step);
  if (cause === 'one-example') return `${change}: that step saw only one example, and fitting it better fitted the others worse.`;
  if (crossedAt(run, step)) return rose ? `${change}: that step overshot, crossing the bottom and landing higher.` : `${change}; that step overshot, crossing the bottom to the other side.`;
  if (cause === 'noise') return `${change}: the noise in the gradient pushed that step uphill.`;
  if (cause === 'carried') return `${change}: momentum carried that step uphill.`;
  return `${change}.`;
}

/** How the hikers of a fan or a race ended, for the banner once all have stopped. */
export function groupOutcome(runs: readonly Run[]): string {
  const words: Record<string, string> = { converged: 'converged', diverged: 'diverged', 'max-steps': 'out of steps', 'no-improvement': 'stopped improving', 'epochs-done': 'done with their epochs' };
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(run.status, (counts.get(run.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${words[status] ?? status}`);
  return `All ${runs.length} stopped: ${parts.join(', ')}`;
}

/** How one hiker's run ended, in a few words: "diverged after step 73", "ran out of steps at loss 0.079". */
export function runOutcome(run: Run): string {
  const loss = formatReadable(run.losses[run.stoppedAt]!, 2);
  switch (run.status) {
    case 'converged':
      return `converged at step ${run.stoppedAt}`;
    case 'diverged':
      return `diverged ${divergedWhen(run.stoppedAt)}`;
    case 'max-steps':
      return `ran out of steps at loss ${loss}`;
    case 'no-improvement':
      return `stopped improving at step ${run.stoppedAt}, at loss ${loss}`;
    case 'epochs-done':
      return `finished its epochs at loss ${loss}`;
  }
}

/**
 * The hikers of a fan or a race at the group's step, one short line each, as the legend shows
 * them: how each one ended once the playhead has passed its end, else its loss there.
 */
export function hikerLines(specs: readonly HikerSpec[], runs: readonly Run[], step: number): string[] {
  return runs.map((run, i) => {
    const name = specs[i]?.label ?? `hiker ${i + 1}`;
    return step >= run.stoppedAt ? `${name} ${runOutcome(run)}` : `${name} at loss ${formatReadable(run.losses[step]!, 2)}`;
  });
}

/** The banner over the valley, for the states worth announcing there; `runs`, with several hikers, all of them. */
export function bannerText(status: PlayStatus, run: Run, runs: readonly Run[] = [run]): string {
  if (runs.length > 1) return status === 'idle' || status === 'playing' || status === 'paused' ? '' : groupOutcome(runs);
  if (status === 'diverged') return `Diverged ${divergedWhen(run.stoppedAt)}: the steps grew too large`;
  if (status === 'converged') return `Converged at step ${run.stoppedAt}`;
  if (status === 'max-steps') return `Out of steps: ${run.stoppedAt} taken`;
  if (status === 'no-improvement') return `Stopped improving at step ${run.stoppedAt}`;
  if (status === 'epochs-done') return `Done: ${epochsOf(run)}, ${run.stoppedAt} steps`;
  return '';
}

/** The words of the hover tip at a point of the valley: its coordinates, and the loss there. */
export function describeSpot(surface: Surface, point: readonly number[]): string {
  const loss = surface.f(point);
  const coordinates = point.map((v, i) => `${surface.names[i] ?? 'x'} ${formatNumber(v, 3)}`).join(' · ');
  return `${coordinates} · ${Number.isFinite(loss) ? `loss ${formatNumber(loss, 4)}` : 'the loss is not defined here'}`;
}
