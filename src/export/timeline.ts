import { createPresenter, type Presentation } from '../state/present';
import { flyOffOf, type Snapshot } from '../state/snapshot';
import { Transport } from '../state/transport';

/**
 * The playground's time, replayed for an export: a transport and a presentation stage of its own
 * on the same runs, following the same hiker, so an export can visit any step without moving the
 * playground's playhead. Positions are given, never read from a clock, so the same runs always
 * give the same frames.
 */
export class ExportTimeline {
  private readonly transport: Transport;
  private readonly present = createPresenter();

  constructor(private readonly live: Snapshot) {
    this.transport = new Transport(live.derived);
    this.transport.follow(live.primary);
  }

  /**
   * What the screen would show with the playhead at `position`, paused there;
   * `afterEndSeconds` after the last step, for a diverged hiker tumbling away.
   */
  at(position: number, afterEndSeconds = 0): Presentation {
    this.transport.scrub(position);
    const snapshot = this.transport.snapshot(0, false);
    if (afterEndSeconds === 0) return this.present(snapshot);
    const { lastStep, settings } = this.live.derived;
    const hikers = snapshot.hikers.map((h) => ({ ...h, flyOff: flyOffOf(h.run, position, lastStep, settings.stepsPerSecond, afterEndSeconds) }));
    return this.present({ ...snapshot, hikers });
  }
}
