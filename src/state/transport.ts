import type { Derived } from './derive';
import * as playheads from './playhead';
import { flyOffOf, type Snapshot } from './snapshot';

/**
 * Time in one playground: the playhead along the current runs, the moment every hiker stopped
 * (for the last hiker's fly-off), and the hiker the learner follows. Pure: the frame loop passes
 * the clock in, and whether motion is reduced; nothing here touches the page.
 */
export class Transport {
  private playhead: playheads.Playhead = playheads.initialPlayhead;
  /** When every hiker had stopped (wall clock, ms), for the last fly-off; undefined while any walks. */
  private endedAt: number | undefined;
  /** The hiker the learner chose to follow, if any. */
  private focus: number | undefined;

  constructor(private derived: Derived) {}

  get playing(): boolean {
    return this.playhead.playing;
  }

  /** The hiker the learner chose to follow, if any. */
  get followed(): number | undefined {
    return this.focus;
  }

  /** The runs changed: keep the step (or the new end), and forget a followed hiker that no longer exists. */
  setRuns(next: Derived): void {
    if (next.runs !== this.derived.runs) {
      this.playhead = playheads.clampTo(this.playhead, next.lastStep);
      this.endedAt = undefined;
      if (next.runs.length !== this.derived.runs.length) this.focus = undefined;
    }
    this.derived = next;
  }

  private set(next: playheads.Playhead): void {
    this.playhead = next;
    this.endedAt = undefined;
  }

  play(): void {
    this.set(playheads.play(this.playhead, this.derived.lastStep));
  }

  pause(): void {
    this.set(playheads.pause(this.playhead));
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** One step forward or back, pausing. */
  step(delta: number): void {
    this.set(playheads.stepBy(this.playhead, delta, this.derived.lastStep));
  }

  /** Back to the start, waiting for play. */
  reset(): void {
    this.set(playheads.initialPlayhead);
  }

  /** To step k, paused there. */
  scrub(step: number): void {
    this.set({ position: step, playing: false, started: true });
  }

  /** From the start again, walking at once unless motion is reduced (a new rate or scene). */
  restart(reducedMotion: boolean): void {
    this.set(reducedMotion ? playheads.initialPlayhead : playheads.play(playheads.initialPlayhead, this.derived.lastStep));
  }

  /** The start point moved: back to step 0, walking on if the hikers were walking. */
  startMoved(): void {
    const { playing } = this.playhead;
    this.set({ ...playheads.initialPlayhead, playing, started: playing });
  }

  follow(hiker: number | undefined): void {
    this.focus = hiker;
  }

  /** Moves time on by `elapsedMs` at the settings' speed; `now` is the clock, for the fly-off after the end. */
  advance(now: number, elapsedMs: number): void {
    const { settings, lastStep } = this.derived;
    const wasPlaying = this.playhead.playing;
    this.playhead = playheads.advance(this.playhead, elapsedMs, settings.stepsPerSecond, lastStep);
    if (wasPlaying && !this.playhead.playing) this.endedAt = now;
  }

  /** Everything the views draw from at time `now`. */
  snapshot(now: number, reducedMotion: boolean): Snapshot {
    const { derived, playhead, focus } = this;
    const { settings, runs, specs, lastStep } = derived;
    const primary = focus !== undefined && focus < runs.length ? focus : derived.primary;
    const secondsSinceEnd = this.endedAt === undefined ? 0 : (now - this.endedAt) / 1000;
    const reached = playheads.stepOf(playhead);
    const hikers = runs.map((run, i) => ({
      spec: specs[i]!,
      run,
      step: Math.min(run.stoppedAt, reached),
      flyOff: reducedMotion ? 0 : flyOffOf(run, playhead.position, lastStep, settings.stepsPerSecond, secondsSinceEnd),
    }));
    return {
      settings,
      derived,
      hikers,
      primary,
      position: playheads.shownPosition(playhead, reducedMotion),
      step: Math.min(lastStep, reached),
      status: playheads.statusOf(playhead, lastStep, runs[primary]!.status),
      playing: playhead.playing,
    };
  }

  /** Whether the next frame differs from this one: a hiker walks, or one is still tumbling away. */
  moving(snapshot: Snapshot): boolean {
    if (snapshot.playing) return true;
    const flying = snapshot.hikers.some((h) => h.flyOff > 0 && h.flyOff < 1);
    return flying || (this.endedAt !== undefined && snapshot.hikers.some((h) => h.run.status === 'diverged' && h.flyOff < 1));
  }
}
