import { formatNumber, type Run, type Surface } from '../core';
import type { PlayStatus } from './playhead';

/** A short headline and a sentence for the current state, in plain words. */
export interface StatusText {
  readonly headline: string;
  readonly detail: string;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function describeStatus(status: PlayStatus, run: Run, step: number): StatusText {
  switch (status) {
    case 'idle':
      return { headline: 'Ready', detail: 'Press play, or drag the hiker to choose where it starts.' };
    case 'playing':
      return { headline: 'Walking', detail: walkingDetail(run, step) };
    case 'paused':
      return { headline: `Paused at step ${step}`, detail: walkingDetail(run, step) };
    case 'converged':
      return { headline: `Converged at step ${run.stoppedAt}`, detail: `${capitalise(run.stopReason)}.` };
    case 'diverged':
      return {
        headline: `Diverged at step ${run.stoppedAt + 1}`,
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

/** How many epochs a run took, in words. */
function epochsOf(run: Run): string {
  const epochs = Math.round(run.stoppedAt / run.epochSteps);
  return `${epochs} epoch${epochs === 1 ? '' : 's'}`;
}

/** What the last step did, for a learner watching. */
function walkingDetail(run: Run, step: number): string {
  if (step === 0) return 'Setting out from the start.';
  const before = run.losses[step - 1] as number;
  const now = run.losses[step] as number;
  if (now > before) return `The loss went up, from ${formatNumber(before)} to ${formatNumber(now)}: that step overshot the bottom.`;
  return `The loss fell from ${formatNumber(before)} to ${formatNumber(now)}.`;
}

/** The banner over the valley, for the states worth announcing there. */
export function bannerText(status: PlayStatus, run: Run): string {
  if (status === 'diverged') return `Diverged at step ${run.stoppedAt + 1}: the steps grew too large`;
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
