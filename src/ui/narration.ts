import { formatValue as f } from '../core';
import type { Snapshot } from '../state/snapshot';
import { button, html, setText } from '../dom/dom';
import type { Presentation, Walkthrough } from '../state/present';
import { STAGES } from '../state/walkthrough';

/** What the walk-through asks of the playground. */
export interface NarrationActions {
  /** Moves the playhead to step k (pausing the hikers). */
  scrub(step: number): void;
}

const LAST: number = STAGES.length;

/**
 * The lesson's four steps for the current iteration, with its numbers: predict, compare, loss,
 * adjust. All four show at once while the hikers walk or after a jump of the playhead; Next (or →
 * while the card has focus) then walks through them one at a time. Next after "adjust" takes the
 * step and starts the next iteration; Back before "predict" goes back one.
 */
export class Narration {
  readonly element: HTMLElement;
  private readonly items: HTMLLIElement[];
  private readonly bodies: HTMLElement[];
  private readonly heading = html('p', { class: 'lrp-walk-heading' });
  /** Which stage is read, for the eye; not a live region: the stage itself is marked `aria-current`, and the announcer alone speaks during a run. */
  private readonly position = html('span', { class: 'lrp-walk-position' });
  private readonly back: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  /** The stage being read, 1 to 4 (stages after it are folded away), or 0: all four at once. */
  private stage = 0;
  /** The step and stage a walk-through move asked for, until the playhead gets there. */
  private pending: { step: number; stage: number } | undefined;
  private lastAt = 0;
  private snapshot: Snapshot | undefined;
  private walkthrough: Walkthrough | undefined;

  constructor(private readonly actions: NarrationActions) {
    this.items = [];
    this.bodies = STAGES.map((title, i) => {
      const body = html('div', { class: 'lrp-step-body' });
      this.items.push(html('li', { 'data-stage': STAGES[i]!.toLowerCase() }, html('span', { class: 'lrp-step-number' }, String(i + 1)), html('div', {}, html('strong', {}, title), body)));
      return body;
    });
    this.back = button('walk-back', () => this.move(-1), { 'aria-label': 'Back one stage of the loop' }, '‹ Back');
    this.next = button('walk-next', () => this.move(1), { 'aria-label': 'Next stage of the loop' }, 'Next ›');
    this.element = html(
      'details',
      { class: 'lrp-narration lrp-card', open: true },
      html('summary', {}, 'The four steps of the loop, one at a time'),
      html(
        'div',
        { class: 'lrp-walk', tabindex: 0, role: 'group', 'aria-label': 'Walk through one iteration: ← and → move between its four steps' },
        this.heading,
        html('ol', {}, ...this.items),
        html('div', { class: 'lrp-walk-nav' }, this.back, this.position, this.next),
      ),
    );
    this.element.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      event.preventDefault();
      this.move(event.key === 'ArrowRight' ? 1 : -1);
    });
  }

  update(presentation: Presentation): void {
    const { snapshot } = presentation;
    this.snapshot = snapshot;
    if (!(this.element as HTMLDetailsElement).open) return;
    const walkthrough = presentation.walkthrough;
    // While the hiker runs fast, a few explanations a second are plenty.
    const now = performance.now();
    if (snapshot.playing && now - this.lastAt < 200) return;
    const shown = walkthrough();
    if (shown === this.walkthrough) return;
    this.lastAt = now;
    const pending = this.pending;
    this.pending = undefined;
    this.stage = pending && pending.step === snapshot.step && !snapshot.playing ? pending.stage : 0;
    this.walkthrough = shown;
    this.show();
  }

  /** One stage forward or back; past either end of the iteration, one step of the run. */
  private move(delta: 1 | -1): void {
    const e = this.walkthrough?.explanation;
    if (!this.snapshot || !e) return;
    const stage = this.stage === 0 && delta < 0 ? 0 : this.stage + delta;
    if (stage >= 1 && stage <= LAST) {
      this.stage = stage;
      this.show();
      return;
    }
    const step = e.step + delta;
    if (step < 0 || (delta > 0 && e.lines.length === 0)) return;
    this.pending = { step, stage: delta > 0 ? 1 : LAST };
    this.actions.scrub(step);
  }

  private show(): void {
    if (!this.walkthrough) return;
    const { explanation: e, text, stopReason } = this.walkthrough;
    const [predict, compare, loss, adjust] = this.bodies as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    setText(predict, text.predict);
    setText(compare, text.compare);
    setText(loss, text.loss);
    if (e.lines.length === 0) {
      adjust.replaceChildren(`No more steps: the loop has stopped, because ${stopReason}.`);
    } else {
      const after = e.refused
        ? `Refused: the loss there would have left the valley, so the run stops at step ${e.step}.`
        : `New loss: ${f(e.nextLoss as number)} at step ${e.step + 1}.`;
      adjust.replaceChildren(
        html('p', {}, text.adjust),
        html('div', { class: 'lrp-equations' }, ...e.lines.map((line) => html('code', {}, line))),
        html('p', {}, after),
      );
    }
    setText(this.heading, e.lines.length === 0 ? `Step ${e.step}: the loop has stopped` : `Iteration ${e.step + 1}: from step ${e.step} to step ${e.step + 1}`);
    const { stage } = this;
    this.items.forEach((item, i) => {
      item.hidden = stage > 0 && i >= stage;
      if (i === stage - 1) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    });
    this.element.dataset.stage = String(stage);
    setText(this.position, stage === 0 ? 'All four: Next takes them one at a time' : `${stage} of ${LAST}: ${STAGES[stage - 1]}`);
    this.back.disabled = e.step === 0 && stage <= 1;
    this.next.disabled = e.lines.length === 0 && stage === LAST;
  }
}
