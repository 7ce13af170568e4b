import { formatReadable, overshotAt, type Run, type RunEvents } from '../core';
import { crossedAt } from './chartWords';
import type { PlayStatus } from './playhead';

/** The least time between two progress lines while the hikers walk: what a listener can follow. */
export const PROGRESS_MS = 4000;

/** What the commentary listens to, each frame. */
export interface CommentaryFrame {
  /** The runs: new ones (a new rate, valley, start) start a new story. */
  readonly runs: readonly Run[];
  readonly status: PlayStatus;
  /** The step shown (the group's) and the followed hiker's own step and run. */
  readonly step: number;
  readonly hikerStep: number;
  readonly run: Run;
  readonly events: RunEvents;
  /** The end in words (the banner's), said once when the run ends. */
  readonly ending: string;
  /** Where the run starts, in words: a start moved by the keys is answered with it. */
  readonly start: string;
  /** Whether the timeline's slider has focus: it says each step it moves to itself, so steps taken by hand are not told again. */
  readonly scrubbing?: boolean;
}

const f = (v: number): string => formatReadable(v, 3);

/**
 * A step reached by hand, in words: its loss, and that it overshot the bottom or which way the loss
 * went ("loss 1.67: that step overshot the bottom", "loss 0.42, falling"). The narration says it,
 * and the timeline's slider gives it as its value.
 */
export function stepWords(run: Run, step: number): string {
  const loss = `loss ${f(run.losses[step]!)}`;
  return step > 0 && overshotAt(run, step) ? `${loss}: that step overshot the bottom` : `${loss}${trend(run, step)}`;
}

/** Whether the loss is falling or rising over the last step, in a few words. */
function trend(run: Run, step: number): string {
  if (step === 0) return '';
  const [before, now] = [run.losses[step - 1]!, run.losses[step]!];
  return now < before ? ', falling' : now > before ? ', rising' : '';
}

/**
 * The step to point k, which overshot: it crossed the bottom (along its way) to the other side. The
 * loss may still have fallen there; "landed higher" only when it rose. A step that set off uphill
 * (pushed by noise, or carried by momentum) crossed nothing, and is told as such.
 */
export function overshootWords(run: Run, k: number): string {
  const [before, after] = [run.losses[k - 1]!, run.losses[k]!];
  if (crossedAt(run, k)) {
    return after > before
      ? `Step ${k} overshot: it crossed the bottom and landed higher, and the loss rose from ${f(before)} to ${f(after)}.`
      : `Step ${k} overshot: it crossed the bottom and landed on the other side, and the loss still fell, from ${f(before)} to ${f(after)}.`;
  }
  const push = run.epochSteps > 1 ? 'following its one example' : run.usedGrads ? 'pushed by the noise in the gradient' : 'carried by its momentum';
  return `Step ${k} set off uphill, ${push}; the loss went from ${f(before)} to ${f(after)}.`;
}

/**
 * What a screen reader hears while the hikers walk, throttled to what a listener can follow: the
 * start, a progress line every few seconds at most, the first overshoot and the onset of a
 * divergence as they happen, and the end once. A step taken by hand (Step, Back, the timeline) is
 * answered at once with where it led. Pure: the time comes in with each frame.
 */
export class Commentary {
  private last: CommentaryFrame | undefined;
  private lastSaidAt = Number.NEGATIVE_INFINITY;
  private said = { overshoot: false, diverging: false, end: false };

  /** The words to announce for this frame, if any. */
  hear(frame: CommentaryFrame, nowMs: number): string | undefined {
    const last = this.last;
    this.last = frame;
    if (!last || last.runs !== frame.runs) {
      this.said = { overshoot: false, diverging: false, end: false };
      // A new start is answered at once; a new run while walking (a rate dragged) is told as it goes; a still one waits for play.
      if (last && frame.start !== last.start) return this.mark(`The hiker now starts at ${frame.start}, loss ${f(frame.run.losses[0]!)}.`, nowMs);
      if (!last || frame.status !== 'playing') return undefined;
    }
    return this.mark(this.words(frame, last, nowMs), nowMs);
  }

  /** Notes the time of an announcement, for the throttle. */
  private mark(words: string | undefined, nowMs: number): string | undefined {
    if (words !== undefined) this.lastSaidAt = nowMs;
    return words;
  }

  private words(frame: CommentaryFrame, last: CommentaryFrame, nowMs: number): string | undefined {
    const { status, run, hikerStep, events } = frame;
    const loss = `loss ${f(run.losses[hikerStep]!)}`;
    const ended = status !== 'idle' && status !== 'playing' && status !== 'paused';
    if (ended) {
      if (this.said.end) return undefined;
      this.said.end = true;
      return `${frame.ending}.`;
    }
    this.said.end = false;
    if (status === 'playing') {
      if (last.status !== 'playing') return frame.step === 0 ? `Walking from the start, ${loss}.` : `Walking on from step ${frame.step}, ${loss}.`;
      if (!this.said.diverging && events.divergenceOnset !== undefined && hikerStep >= events.divergenceOnset && hikerStep > 0) {
        this.said.diverging = true;
        return `From step ${events.divergenceOnset} the loss only grows: the hiker is diverging. Step ${hikerStep}, ${loss}.`;
      }
      if (!this.said.overshoot && events.firstOvershoot !== undefined && hikerStep >= events.firstOvershoot) {
        this.said.overshoot = true;
        const k = events.firstOvershoot;
        return `${overshootWords(run, k)}${hikerStep > k ? ` Now at step ${hikerStep}, ${loss}.` : ''}`;
      }
      if (nowMs - this.lastSaidAt >= PROGRESS_MS && frame.step !== last.step) {
        // In a fan or a race the group walks on after the followed hiker has stopped: say so, not a trend it no longer has.
        if (hikerStep < frame.step) return `Step ${frame.step}; the followed hiker stopped at step ${hikerStep}, ${loss}.`;
        return `Step ${frame.step}, ${loss}${trend(run, hikerStep)}.`;
      }
      return undefined;
    }
    if (status === 'paused' && last.status === 'playing') return `Paused at step ${frame.step}, ${loss}.`;
    if (frame.step !== last.step && !frame.scrubbing) {
      if (status === 'idle') return `Back at the start, ${loss}.`;
      return `Step ${frame.step}, ${stepWords(run, hikerStep)}.`;
    }
    return undefined;
  }
}
