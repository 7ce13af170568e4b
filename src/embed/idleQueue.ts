/**
 * Work to do in the page's idle time, one task per idle moment, in the order given: the embeds
 * build their playgrounds this way before they are scrolled to, without holding up the page.
 * `schedule` runs a function at the next idle moment (requestIdleCallback, or a timer).
 */
export class IdleQueue {
  private readonly tasks: (() => void)[] = [];
  private scheduled = false;

  constructor(private readonly schedule: (run: () => void) => void) {}

  get pending(): number {
    return this.tasks.length;
  }

  add(task: () => void): void {
    this.tasks.push(task);
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => this.next());
  }

  private next(): void {
    this.tasks.shift()?.();
    if (this.tasks.length > 0) this.schedule(() => this.next());
    else this.scheduled = false;
  }
}

/** The browser's idle moments, at most `timeoutMs` apart; a timer where there is no requestIdleCallback. */
export function idleScheduler(timeoutMs: number): (run: () => void) => void {
  return (run) => {
    if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: timeoutMs });
    else setTimeout(run, timeoutMs / 4);
  };
}
