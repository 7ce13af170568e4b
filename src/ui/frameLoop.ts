/**
 * Calls `tick` on animation frames while it returns true, and sleeps otherwise: a playground that
 * is not moving costs nothing. `wake` schedules a frame after any change.
 */
export class FrameLoop {
  private handle: number | undefined;
  private last: number | undefined;

  constructor(private readonly tick: (now: number, elapsedMs: number) => boolean) {}

  wake(): void {
    if (this.handle !== undefined) return;
    this.handle = requestAnimationFrame((now) => this.frame(now));
  }

  /**
   * Draws a frame now, in the current task, instead of at the next animation frame: the start-up
   * draws its first frame this way, so that the page's first paint already holds the valley.
   */
  drawNow(): void {
    if (this.handle !== undefined) cancelAnimationFrame(this.handle);
    this.frame(performance.now());
  }

  private frame(now: number): void {
    this.handle = undefined;
    // A long gap (a hidden tab, a stall) is not time the hiker should catch up on; and an animation
    // frame's timestamp (when the frame began) can be earlier than a frame drawn at once.
    const elapsed = this.last === undefined ? 0 : Math.min(100, Math.max(0, now - this.last));
    const again = this.tick(now, elapsed);
    if (again) {
      this.last = now;
      this.wake();
    } else {
      this.last = undefined;
    }
  }

  stop(): void {
    if (this.handle !== undefined) cancelAnimationFrame(this.handle);
    this.handle = undefined;
    this.last = undefined;
  }
}
