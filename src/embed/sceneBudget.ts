/**
 * The page's budget of live WebGL scenes. Browsers keep about 16 contexts per page and drop the
 * oldest beyond that, so playgrounds share a budget: past `nearby` live scenes, those away from
 * the viewport give theirs back (keeping a still picture); past `inView`, even those in view do,
 * the least recently wanted first.
 */
export class SceneBudget<T> {
  /** Members holding a live scene, least recently wanted first. */
  private readonly live = new Set<T>();

  constructor(private readonly limits: { readonly nearby: number; readonly inView: number }) {}

  /** How many members hold a live scene. */
  get size(): number {
    return this.live.size;
  }

  /**
   * `member` takes a scene (or wants its own again). Returns the members that must give theirs
   * back, in order; they are no longer counted. `near` says whether a member is near the viewport.
   */
  take(member: T, near: (other: T) => boolean): T[] {
    const { live, limits } = this;
    live.delete(member);
    live.add(member);
    const released: T[] = [];
    const release = (other: T): void => {
      live.delete(other);
      released.push(other);
    };
    for (const other of [...live]) if (live.size > limits.nearby && !near(other)) release(other);
    for (const other of [...live]) if (live.size > limits.inView && other !== member) release(other);
    return released;
  }

  /** `member` no longer holds a scene (removed from the page, or its context was lost). */
  drop(member: T): void {
    this.live.delete(member);
  }
}
