import { html } from '../dom/dom';
import { Commentary } from '../state/commentary';
import type { Presentation } from '../state/present';
import { pointWords } from '../state/valleyWords';

/**
 * What a screen reader hears of the playground: one polite live region, fed by the throttled
 * {@link Commentary} while the hikers walk and by {@link Announcer.say} on demand (the describe
 * key, the export's progress). Visually hidden; everything it says is also on screen.
 */
export class Announcer {
  readonly element = html('p', { class: 'lrp-sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  private readonly commentary = new Commentary();
  /** How many announcements were made: the browser tests count them. */
  private count = 0;

  /** The hiker's state in words, as of the last frame, for the describe key. */
  private here = '';

  /**
   * `scrubbing` says whether the timeline's slider has focus: its value then says each step as it
   * moves (with the loss, see `Timeline`), and the narration does not tell those steps again.
   */
  constructor(private readonly scrubbing: () => boolean = () => false) {}

  /** Says where the followed hiker is, on demand. */
  describe(): void {
    if (this.here) this.say(this.here);
  }

  update({ snapshot, surface, run, readings, events, ending, words: valley }: Presentation): void {
    this.here = valley.here;
    const words = this.commentary.hear(
      {
        runs: snapshot.derived.runs,
        status: snapshot.status,
        step: snapshot.step,
        hikerStep: readings.hikerStep,
        run,
        events,
        ending: ending || `${readings.text.headline}. ${readings.text.detail}`.replace(/\.\.$/, '.'),
        start: pointWords(surface, run.path[0]!),
        scrubbing: this.scrubbing(),
      },
      performance.now(),
    );
    if (words) this.say(words);
  }

  /** Announces `words` now (replacing anything not yet read). */
  say(words: string): void {
    // The same words twice in a row would not be read again: a change of the text is the announcement.
    this.element.textContent = this.element.textContent === words ? `${words}\u00a0` : words;
    this.element.dataset.count = String(++this.count);
  }
}

/**
 * The valley's accessible description: what it is and who walks it, then where the followed hiker
 * is and what its next step does. The stage points to it (`aria-describedby`); it changes with
 * every step, so a screen reader that reads the valley again hears where the hiker is now.
 */
export class ValleyWords {
  readonly element: HTMLElement;
  private readonly summary = html('span', {});
  private readonly here = html('span', {});
  private shown: Presentation['words'] | undefined;

  constructor(id: string) {
    this.element = html('p', { class: 'lrp-sr-only', id }, this.summary, ' ', this.here);
  }

  update({ words }: Presentation): void {
    if (words === this.shown) return;
    if (words.summary !== this.shown?.summary) this.summary.textContent = words.summary;
    if (words.here !== this.shown?.here) this.here.textContent = words.here;
    this.shown = words;
  }
}
