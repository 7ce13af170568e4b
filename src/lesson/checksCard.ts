import type { Run } from '../core';
import type { Presentation } from '../state/present';
import { adoptStyles, button, html } from '../dom/dom';
import lessonStyles from './lesson.css?inline';
import {
  FILL_IN,
  FILL_IN_WORDS,
  LOSS_CHOICES,
  LOSS_QUESTION,
  RATE_CHOICES,
  RATE_QUESTION,
  gradeFillIn,
  lossTask,
  rateTask,
  type Choice,
  type TaskState,
} from './loopChecks';

type CheckId = 'fill-in' | 'loss' | 'rate';

/** One check's box: a title, what to do, and where its feedback goes. */
interface CheckBox {
  readonly element: HTMLElement;
  readonly feedback: HTMLElement;
}

/**
 * The lesson's three questions as checks, beside the playground: fill in the loop's words (found
 * by walking through an iteration), place the hiker so the line fits (what the loss is for), and
 * make the rate too high (what overshoot does). Each gives feedback as it is answered; a task
 * done in the playground opens its follow-up question.
 */
export class LessonChecks {
  readonly element: HTMLElement;
  private readonly boxes: Record<CheckId, CheckBox>;
  private readonly done = new Set<CheckId>();
  private readonly summary = html('p', { class: 'lrp-checks-summary', 'aria-live': 'polite' });
  private readonly lossChoices: HTMLElement;
  private readonly rateChoices: HTMLElement;
  /** The run and step last checked. */
  private run: Run | undefined;
  private step = -1;

  /** `page`: the element the playground goes in, whose document (or shadow root) takes the card's styles. */
  constructor(page: HTMLElement) {
    adoptStyles(page, lessonStyles);
    const selects: HTMLSelectElement[] = [];
    const sentence = html(
      'p',
      { class: 'lrp-fill-in' },
      ...FILL_IN.map((part, i) => {
        if (typeof part === 'string') return part;
        const select = html(
          'select',
          { 'aria-label': `Blank ${selects.length + 1}`, 'data-blank': i },
          html('option', { value: '' }, '…'),
          ...FILL_IN_WORDS.map((word) => html('option', { value: word }, word)),
        );
        selects.push(select);
        return select;
      }),
    );
    const fill = this.box('fill-in', '1. The loop in words', 'Walk through one iteration in “The four steps of the loop”, then fill in the blanks.', sentence);
    for (const select of selects) {
      select.addEventListener('change', () => {
        const verdicts = gradeFillIn(selects.map((s) => s.value));
        verdicts.forEach((verdict, i) => selects[i]!.setAttribute('data-verdict', verdict));
        const blanks = FILL_IN.filter((part) => typeof part !== 'string');
        const wrong = verdicts.findIndex((v) => v === 'wrong');
        if (verdicts.every((v) => v === 'right')) this.finish('fill-in', 'Right: predict, compare, score the loss, adjust. Then the loop takes the next example.');
        else if (wrong >= 0) this.say('fill-in', `Not quite. ${blanks[wrong]!.hint}`);
        else this.say('fill-in', '');
      });
    }
    this.lossChoices = this.choices('loss', LOSS_QUESTION, LOSS_CHOICES);
    const loss = this.box('loss', '2. What is the loss for?', 'Before pressing Play, drag the hiker (or click the valley) until the line runs through the points.', this.lossChoices);
    this.rateChoices = this.choices('rate', RATE_QUESTION, RATE_CHOICES);
    const rate = this.box('rate', '3. A learning rate too high', 'Raise the learning rate until something goes wrong, and play.', this.rateChoices);
    this.boxes = { 'fill-in': fill, loss, rate };
    this.element = html('div', { class: 'lrp-checks lrp-card', role: 'group', 'aria-label': 'Check yourself' },
      html('h2', {}, 'Check yourself: the lesson’s three questions'),
      html(
        'p',
        { class: 'lrp-checks-intro' },
        'The model here is a line, y = w·x + b. The hiker stands at its (w, b), and the height of the ground is its loss on the twelve points. Each turn of the loop: ',
        html('strong', {}, 'predict'),
        ' a label for an example, ',
        html('strong', {}, 'compare'),
        ' it with the true one, measure the ',
        html('strong', {}, 'loss'),
        ', and ',
        html('strong', {}, 'adjust'),
        ' w and b a step downhill.',
      ),
      fill.element,
      loss.element,
      rate.element,
      this.summary,
    );
    this.updateSummary();
  }

  /** Follows the playground: the tasks of questions 2 and 3 are done by what it shows. */
  update({ snapshot, run, criticalAtStart }: Presentation): void {
    if (run === this.run && snapshot.step === this.step) return;
    if (run !== this.run && !this.done.has('loss')) this.showTask('loss', lossTask(run.surface, run.losses[0] as number), this.lossChoices);
    this.run = run;
    this.step = snapshot.step;
    // The critical rate is the lone hiker's: a fan or a race has no one rate to raise.
    const critical = snapshot.settings.mode === 'single' ? criticalAtStart : undefined;
    if (!this.done.has('rate')) this.showTask('rate', rateTask(run, critical, snapshot.step), this.rateChoices);
  }

  private box(id: CheckId, title: string, task: string, ...body: HTMLElement[]): CheckBox {
    const feedback = html('p', { class: 'lrp-check-feedback', 'aria-live': 'polite' });
    const element = html('div', { class: 'lrp-check', 'data-check': id }, html('h3', {}, title), html('p', { class: 'lrp-check-task' }, task), ...body, feedback);
    return { element, feedback };
  }

  /** A follow-up question, hidden until its task is done. */
  private choices(id: CheckId, question: string, choices: readonly Choice[]): HTMLElement {
    const buttons = choices.map((choice) =>
      button(`answer-${id}`, () => {
        for (const b of buttons) b.removeAttribute('aria-pressed');
        buttons[choices.indexOf(choice)]!.setAttribute('aria-pressed', 'true');
        if (choice.right) this.finish(id, choice.feedback);
        else this.say(id, `Not quite. ${choice.feedback}`);
      }, { 'data-right': String(choice.right) }, choice.text),
    );
    return html('div', { class: 'lrp-check-choices', hidden: true }, html('p', {}, question), ...buttons);
  }

  private showTask(id: CheckId, state: TaskState, choices: HTMLElement): void {
    const box = this.boxes[id];
    box.element.toggleAttribute('data-task-done', state.done);
    // Once its task is done, a question stays open: the learner may move on in the playground.
    if (state.done) choices.hidden = false;
    if (choices.hidden || !box.element.querySelector('[aria-pressed]')) this.say(id, state.message);
  }

  private say(id: CheckId, message: string): void {
    const { feedback } = this.boxes[id];
    if (feedback.textContent !== message) feedback.textContent = message;
  }

  private finish(id: CheckId, message: string): void {
    this.done.add(id);
    this.boxes[id].element.setAttribute('data-done', '');
    this.say(id, message);
    this.updateSummary();
  }

  private updateSummary(): void {
    const n = this.done.size;
    this.element.dataset.done = String(n);
    this.summary.textContent = n === 3 ? 'All three answered. You have the training loop.' : `${n} of 3 answered.`;
  }
}
