/**
 * Pauses a walk on the reader's behalf (scrolled away, tab hidden) and resumes it once no reason
 * is left, but only if it was walking, or the reader asked it to, meanwhile.
 */
export class PauseHolds<Reason extends string> {
  private readonly reasons = new Set<Reason>();
  /** Whether to walk again once nothing holds it. */
  private resume = false;

  /** Whether anything holds the walk. */
  get held(): boolean {
    return this.reasons.size > 0;
  }

  /** Whether a walk held now will go on once released. */
  get resuming(): boolean {
    return this.resume;
  }

  /** A reason starts (`on`) or stops holding the walk. */
  set(reason: Reason, on: boolean): void {
    if (on) this.reasons.add(reason);
    else this.reasons.delete(reason);
  }

  /** What to do now with a walk that is (or is not) going on: pause it, play it, or nothing. */
  decide(playing: boolean): 'pause' | 'play' | undefined {
    if (this.held && playing) {
      this.resume = true;
      return 'pause';
    }
    if (!this.held && this.resume) {
      this.resume = false;
      return 'play';
    }
    return undefined;
  }

  /** The reader (or the page) asks to play: true to play now; while held, it plays once released. */
  play(): boolean {
    if (!this.held) return true;
    this.resume = true;
    return false;
  }

  /** The reader (or the page) asks to pause: nothing resumes it later. */
  pause(): void {
    this.resume = false;
  }

  clear(): void {
    this.reasons.clear();
    this.resume = false;
  }
}
