import type { Run } from '../core';
import type { Derived } from './derive';
import type { HikerSpec } from './hikers';
import type { PlayStatus } from './playhead';
import type { Settings } from './settings';

/** One hiker as the views see it this frame. */
export interface HikerView {
  readonly spec: HikerSpec;
  readonly run: Run;
  /** The last point it has reached. */
  readonly step: number;
  /** 0 until its run diverged and the playhead passed its end, then rising to 1 as it tumbles away. */
  readonly flyOff: number;
}

/** Everything the views draw from, once per frame. Read-only: views never change the model. */
export interface Snapshot {
  readonly settings: Settings;
  readonly derived: Derived;
  readonly hikers: readonly HikerView[];
  /** The hiker the readouts, guides and explanations follow. */
  readonly primary: number;
  /** The playhead as drawn: whole steps only when motion is reduced. */
  readonly position: number;
  /**
   * The step shown: the playhead's, which runs on until every hiker has stopped (the longest run's
   * end). Each hiker's own step, which stops at its run's end, is in `hikers`.
   */
  readonly step: number;
  readonly status: PlayStatus;
  readonly playing: boolean;
}

/** Seconds a diverged hiker takes to tumble out of sight. */
export const FLY_OFF_SECONDS = 1.4;

/**
 * How far a diverged hiker has flown off: the time since the playhead passed its last point,
 * counted in steps while others walk on, then in wall-clock time once every hiker has stopped.
 */
export function flyOffOf(run: Run, position: number, lastStep: number, stepsPerSecond: number, secondsSinceEnd: number): number {
  if (run.status !== 'diverged' || position < run.stoppedAt) return 0;
  const seconds = (Math.min(position, lastStep) - run.stoppedAt) / stepsPerSecond + secondsSinceEnd;
  return Math.min(1, seconds / FLY_OFF_SECONDS);
}
