import type { RunStatus } from '../core';

/** What the playground is doing, as reported in `data-status`. */
export type PlayStatus = 'idle' | 'playing' | 'paused' | RunStatus;

/**
 * Time in the playground: a position along a computed run, in steps (fractional while the hiker
 * moves between two points). Pure values; the frame loop advances them.
 */
export interface Playhead {
  readonly position: number;
  readonly playing: boolean;
  /** Whether the user (or autoplay) has started the hiker at least once since the last reset. */
  readonly started: boolean;
}

export const initialPlayhead: Playhead = { position: 0, playing: false, started: false };

/** Moves the playhead on by `elapsedMs` at `stepsPerSecond`, stopping at `lastStep` (the run's end). */
export function advance(playhead: Playhead, elapsedMs: number, stepsPerSecond: number, lastStep: number): Playhead {
  if (!playhead.playing) return playhead;
  // Time only moves forward: clocks that disagree (a frame's timestamp can be earlier than the moment a frame was drawn outside one) do not walk the hiker back.
  const position = Math.min(lastStep, playhead.position + (Math.max(0, elapsedMs) / 1000) * stepsPerSecond);
  return { ...playhead, position, playing: position < lastStep };
}

/** The step whose point the hiker stands on or has just left. */
export const stepOf = (playhead: Playhead): number => Math.floor(playhead.position + 1e-9);

/** The position to draw: whole steps only when motion is reduced. */
export const shownPosition = (playhead: Playhead, discrete: boolean): number => (discrete ? stepOf(playhead) : playhead.position);

export function statusOf(playhead: Playhead, lastStep: number, runStatus: RunStatus): PlayStatus {
  if (playhead.playing) return 'playing';
  if (!playhead.started) return 'idle';
  return stepOf(playhead) >= lastStep ? runStatus : 'paused';
}

/** Keeps the playhead on a new run: the same step, or the new run's end if it is shorter. */
export function clampTo(playhead: Playhead, lastStep: number): Playhead {
  if (playhead.position <= lastStep) return playhead;
  return { ...playhead, position: lastStep, playing: false };
}

/** Play from where it is, or from the start if it is at the end. */
export function play(playhead: Playhead, lastStep: number): Playhead {
  const position = stepOf(playhead) >= lastStep ? 0 : playhead.position;
  return { position, playing: lastStep > 0, started: true };
}

export const pause = (playhead: Playhead): Playhead => ({ ...playhead, playing: false });

/** One step forward (or back), landing on a whole step. */
export function stepBy(playhead: Playhead, delta: number, lastStep: number): Playhead {
  const from = delta > 0 ? stepOf(playhead) : Math.ceil(playhead.position - 1e-9);
  return { position: Math.min(lastStep, Math.max(0, from + delta)), playing: false, started: true };
}
