import { formatNumber, getOptimizer, isLinearOptimizer, type Run, type RunEvents } from '../core';
import { placeWords, type RatePlace } from './landmarks';

/** Where a rate lies among the valley's landmarks. */
export type RateZone = 'smooth' | 'overshoot' | 'diverge';

/** What the verdict is worked out from: the rate, the landmarks where they hold, and the run the rate made. */
export interface VerdictInput {
  readonly lr: number;
  readonly optimizer: string;
  /** The momentum μ of the optimizer (0 without). */
  readonly momentum: number;
  /** The critical rate and the no-overshoot rate 1/λmax, where the landmarks hold. */
  readonly critical?: number;
  readonly noOvershoot?: number;
  readonly where: RatePlace;
  /** Why there are no landmarks, when there are none. */
  readonly note?: string;
  /** The run at this rate, and its moments. */
  readonly run: Run;
  readonly events: RunEvents;
  /** What else moves the hiker: gradient noise (σ), one example per step. */
  readonly noise: number;
  /** Whether the run ended far from the bottom the landmarks are judged at (in another hollow). */
  readonly elsewhere: boolean;
}

/** The zone to show, and what the rate does, in words a beginner follows. */
export interface Verdict {
  readonly zone?: RateZone;
  readonly text: string;
}

const f = (v: number): string => formatNumber(v, 3);

/** The zone of a rate between the no-overshoot rate 1/λmax and the critical rate. */
export function zoneOf(lr: number, noOvershoot: number | undefined, critical: number | undefined): RateZone | undefined {
  if (critical !== undefined && lr >= critical) return 'diverge';
  if (noOvershoot !== undefined) return lr <= noOvershoot ? 'smooth' : 'overshoot';
  return undefined;
}

/** How a diverged run leaves, in words that match its timeline (its last point is step `stoppedAt`). */
const fliesOut = (run: Run): string => (run.stoppedAt === 0 ? 'its very first step flies out of the valley' : `the hiker flies out after step ${run.stoppedAt}`);

/** How a run that never settled ended, as a clause. */
function unsettledEnd(run: Run): string {
  if (run.status === 'max-steps') return ` for all ${run.stoppedAt} of its steps`;
  if (run.status === 'no-improvement') return ' until it stops improving';
  if (run.status === 'epochs-done') return ' until its epochs are done';
  return '';
}

/** What the run did, in one sentence, for rates without landmarks to judge them by. */
function runFacts(run: Run, events: RunEvents): string {
  if (run.status === 'diverged') return `At this rate the steps grow, and ${fliesOut(run)}.`;
  const overshoot = events.firstOvershoot === undefined ? '' : `, overshooting the bottom first at step ${events.firstOvershoot}`;
  if (run.status === 'converged') return `This run converges at step ${run.stoppedAt}${overshoot}.`;
  return overshoot ? `This run overshoots the bottom first at step ${events.firstOvershoot}.` : '';
}

/** Past the critical rate, where the landmarks hold: the run diverges, bounces on, or stops by luck. */
function pastCritical(eta: string, input: VerdictInput): string {
  const { run, where } = input;
  const past = `${eta} is past the critical rate ${f(input.critical!)}${placeWords(where)}`;
  if (run.status === 'diverged') return `${past}: each step overshoots further than the last, and ${fliesOut(run)}.`;
  if (run.status === 'converged') {
    if (input.elsewhere) return `${past}, so the hiker cannot settle there; this run bounced into a flatter hollow and settled in it at step ${run.stoppedAt}.`;
    if (where === 'start') return `${past}; the valley flattens on the way, and this run still converges at step ${run.stoppedAt}.`;
    return `${past}, where each bounce grows; this run still stopped at step ${run.stoppedAt}, by landing close enough to the bottom by chance.`;
  }
  return `${past}: the hiker can never settle there, and bounces from side to side${unsettledEnd(run)}.`;
}

/** Why a rate below 1/λmax still overshot: momentum, one example per step, noise, or steeper ground on the way. */
function whyOvershot(input: VerdictInput, step: number): string {
  if (input.momentum > 0) return `momentum carries the hiker past the bottom (first at step ${step})`;
  if (input.run.epochSteps > 1) return `each step sees one example, so steps wander past the bottom (first at step ${step})`;
  if (input.noise > 0) return `the noisy slopes push steps past the bottom (first at step ${step})`;
  return `the valley is steeper on the way there, and step ${step} overshoots`;
}

/** Below the critical rate: smooth, overshooting or still diverging, as the run says. */
function belowCritical(eta: string, zone: RateZone, input: VerdictInput): Verdict {
  const { run, events, where } = input;
  const place = placeWords(where);
  if (run.status === 'diverged') {
    const steeper = where === 'everywhere' ? '' : ', but the valley is steeper on the way there';
    return { zone: 'diverge', text: `${eta} is below the critical rate ${f(input.critical!)}${place}${steeper}: the steps grow, and ${fliesOut(run)}.` };
  }
  const converges = run.status === 'converged' ? ' It still converges.' : '';
  if (zone === 'overshoot') {
    if (events.firstOvershoot === undefined) return { zone, text: `${eta}: steps${place} would overshoot the bottom (above 1/λmax = ${f(input.noOvershoot!)}), but this run stops before it gets there.` };
    const end = run.status === 'converged' ? 'It still converges, bouncing.' : 'It is still bouncing towards the bottom when the run ends.';
    const each = where === 'everywhere' ? 'each step overshoots the bottom' : `${place.trim()}, each step overshoots it`;
    return { zone, text: `${eta}: ${each} but lands a little lower. ${end}` };
  }
  if (events.firstOvershoot !== undefined) {
    return { zone: 'overshoot', text: `${eta} is below 1/λmax = ${f(input.noOvershoot!)}${place}, where steps land short of the bottom, but ${whyOvershot(input, events.firstOvershoot)}.${converges}` };
  }
  const crawl = input.critical !== undefined && input.lr < input.critical / 100 && run.status !== 'converged';
  const below = where === 'everywhere' ? '' : ` (below 1/λmax = ${f(input.noOvershoot!)}${place})`;
  return { zone: 'smooth', text: `${eta}: each step lands short of the bottom${below}. A smooth descent${crawl ? ', but a slow crawl' : ''}.` };
}

/**
 * What a rate does, judged by the landmarks where they hold ({@link RatePlace}) and always agreeing
 * with what the run at that rate did: a run that overshot is never called smooth, one that
 * diverged is always said to, and a rate past the critical rate says how the run ended instead.
 */
export function rateVerdict(input: VerdictInput): Verdict {
  const eta = `η = ${f(input.lr)}`;
  const zone = isLinearOptimizer(input.optimizer) ? zoneOf(input.lr, input.noOvershoot, input.critical) : undefined;
  if (zone === 'diverge') return { zone, text: pastCritical(eta, input) };
  if (zone !== undefined && input.critical !== undefined) return belowCritical(eta, zone, input);
  const facts = runFacts(input.run, input.events);
  const shown: RateZone | undefined = input.run.status === 'diverged' ? 'diverge' : input.events.firstOvershoot !== undefined ? 'overshoot' : undefined;
  const why = isLinearOptimizer(input.optimizer)
    ? (input.note ?? '')
    : `${getOptimizer(input.optimizer).label} scales each step by the slopes it has seen, so no single rate is critical: try a few and watch.`;
  return { ...(shown ? { zone: shown } : {}), text: [`${eta}.`, why, facts].filter(Boolean).join(' ') };
}
