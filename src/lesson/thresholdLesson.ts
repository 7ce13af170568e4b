import { scaleLinear } from 'd3-scale';
import { runThreshold, type ThresholdRun } from '../core';
import { adoptStyles, button, html, svg } from '../dom/dom';
import { watchMedia } from '../dom/media';
import styles from '../ui/styles.css?inline';
import lessonStyles from './lesson.css?inline';
import { ThresholdBeats, initialLesson, yesNo, type LessonState } from './thresholdBeats';

/** How long each beat stays on screen when the lesson plays by itself. */
const BEAT_MS = 1100;
const WIDTH = 640;
const HEIGHT = 168;
/** The number line's height in the picture: room above it for the threshold's name, even in a phone's larger type. */
const AXIS_Y = 112;

export interface ThresholdLessonOptions {
  /** Plays every beat in turn by itself. */
  readonly autoplay?: boolean;
  /** Where the playground is, for the link back to it. */
  readonly playgroundHref?: string;
}

/** The number line from 0 to 10: the YES side of t, the marker of t, and the five examples. */
function numberLine(run: ThresholdRun) {
  const x = scaleLinear().domain([0, 10]).range([40, WIDTH - 40]);
  const yesSide = svg('rect', { class: 'lrp-threshold-yes', y: AXIS_Y - 70, height: 70 });
  const label = svg('text', { y: AXIS_Y - 84, 'text-anchor': 'middle' });
  const marker = svg('g', { class: 'lrp-threshold-marker' }, svg('line', { y1: AXIS_Y - 78, y2: AXIS_Y + 8 }), label);
  const answers = run.steps.map(() => svg('text', { class: 'lrp-threshold-label', y: 40, 'text-anchor': 'middle' }));
  const dots = run.steps.map((step, i) =>
    svg(
      'g',
      { class: 'lrp-threshold-example', transform: `translate(${x(step.example.input)}, ${AXIS_Y - 22})` },
      svg('circle', { r: 15 }),
      svg('text', { class: 'lrp-threshold-input', 'text-anchor': 'middle' }, String(step.example.input)),
      answers[i]!,
    ),
  );
  const element = svg(
    'svg',
    { class: 'lrp-threshold-line', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'The number line from 0 to 10, the threshold t and the five examples' },
    yesSide,
    svg('line', { class: 'lrp-axis-line', x1: x(0), x2: x(10), y1: AXIS_Y, y2: AXIS_Y }),
    ...x.ticks(10).flatMap((v) => [
      svg('line', { class: 'lrp-axis-tick', x1: x(v), x2: x(v), y1: AXIS_Y, y2: AXIS_Y + 5 }),
      svg('text', { class: 'lrp-threshold-tick', x: x(v), y: AXIS_Y + 50, 'text-anchor': 'middle' }, String(v)),
    ]),
    marker,
    ...dots,
  );
  /** Moves t, and shows each example as current, seen (with its answer) or ahead. */
  const draw = (t: number, states: readonly ('current' | 'seen' | 'ahead')[], answerOf: (i: number) => string | undefined): void => {
    const tx = x(t);
    yesSide.setAttribute('x', String(tx));
    yesSide.setAttribute('width', String(x(10) - tx));
    marker.setAttribute('transform', `translate(${tx}, 0)`);
    label.textContent = `t = ${t}`;
    dots.forEach((dot, i) => {
      dot.dataset.state = states[i]!;
      const answer = answerOf(i);
      if (answer) dot.dataset.answer = answer.split(' ')[0]!;
      else delete dot.dataset.answer;
      answers[i]!.textContent = answer ?? '';
    });
  };
  return { element, draw };
}

/**
 * The lesson's hand simulation on a number line: the rule "YES when the number is greater than
 * t", the five examples in order, t moving by 1 on each mistake. The learner may guess each of
 * the model's answers before it is shown; Next and Back (or the arrow keys) move through it. The
 * beats are {@link ThresholdBeats}; this draws them.
 *
 * `root` carries `data-status` (`idle`, `playing`, `paused`, `done`), `data-step` (the beat),
 * `data-threshold` (t as it stands) and, once done, `data-correct` (how many of the five the final
 * rule gets right).
 */
export function mountThresholdLesson(root: HTMLElement, options: ThresholdLessonOptions = {}): { destroy(): void } {
  const lesson = new ThresholdBeats(runThreshold());
  const { run } = lesson;
  let state: LessonState = initialLesson;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const line = numberLine(run);
  const rule = html('p', { class: 'lrp-threshold-rule' });
  const title = html('h2', {});
  const body = html('div', { class: 'lrp-threshold-body', 'aria-live': 'polite' });
  const set = (next: LessonState): void => {
    state = next;
    clearTimeout(timer);
    timer = state.playing ? setTimeout(() => set(lesson.tick(state)), BEAT_MS) : undefined;
    draw();
  };
  const back = button('back', () => set(lesson.go(state, state.beat - 1)), {}, 'Back');
  const next = button('next', () => set(lesson.go(state, state.beat + 1)), { 'data-primary': true }, 'Next');
  const play = button('play', () => set(state.playing ? lesson.pause(state) : lesson.play(state)), {}, 'Play');
  const restart = button('restart', () => set(lesson.restart()), {}, 'Start over');
  const guessRow = html(
    'div',
    { class: 'lrp-threshold-guess' },
    button('guess-yes', () => set(lesson.guess(state, true)), {}, 'The model says YES'),
    button('guess-no', () => set(lesson.guess(state, false)), {}, 'The model says NO'),
  );

  // The playground's colours, light or dark as the reader's system prefers.
  const darkScheme = watchMedia('(prefers-color-scheme: dark)', (dark) => (root.dataset.theme = dark ? 'dark' : 'light'));
  root.dataset.theme = darkScheme.matches ? 'dark' : 'light';
  root.classList.add('lrp', 'lrp-lesson');
  root.setAttribute('data-playground', '');
  adoptStyles(root, styles);
  adoptStyles(root, lessonStyles);
  root.replaceChildren(
    html(
      'div',
      { class: 'lrp-lesson-frame' },
      html(
        'header',
        { class: 'lrp-header' },
        html('h1', { class: 'lrp-title' }, 'The training loop by hand', html('small', {}, 'A model with one number learns when a number is big enough')),
        html('div', { class: 'lrp-transport' }, back, play, next, restart),
      ),
      html(
        'section',
        { class: 'lrp-card lrp-threshold-card' },
        rule,
        line.element,
        html('p', { class: 'lrp-threshold-legend' }, 'Green: the numbers the rule calls YES. Under each example seen so far: its true answer, ✓ if the model got it right, ✗ if not.'),
      ),
      html('section', { class: 'lrp-card lrp-threshold-card' }, title, body, guessRow),
      html(
        'p',
        { class: 'lrp-lesson-foot' },
        'Its “learning rate” is the fixed step of 1. ',
        html('a', { href: options.playgroundHref ?? '?' }, 'On to a real model: the same loop fitting a line to data'),
      ),
    ),
  );

  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 'arrowright') set(lesson.go(state, state.beat + 1));
    else if (key === 'arrowleft') set(lesson.go(state, state.beat - 1));
    else if (key === 'y' || key === 'n') set(lesson.guess(state, key === 'y'));
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);

  function draw(): void {
    const t = lesson.threshold(state);
    rule.replaceChildren('The rule: answer ', html('strong', {}, 'YES'), ' when the number is greater than ', html('strong', { class: 'lrp-threshold-t' }, `t = ${t}`));
    line.draw(
      t,
      run.steps.map((_, i) => lesson.exampleState(state, i)),
      (i) => (lesson.revealed(state, i) ? `${yesNo(run.steps[i]!.example.yes)} ${run.steps[i]!.correct ? '✓' : '✗'}` : undefined),
    );
    const text = lesson.text(state);
    title.textContent = text.title;
    body.replaceChildren(
      ...text.paragraphs.map((p) => html('p', {}, p)),
      ...(text.steps ? [html('ol', { class: 'lrp-threshold-steps' }, ...text.steps.map(([name, words]) => html('li', {}, html('strong', {}, `${name}: `), words)))] : []),
      ...(text.feedback ? [html('p', { class: 'lrp-threshold-feedback', 'data-right': text.feedback.right ? 'yes' : 'no' }, text.feedback.text)] : []),
    );
    back.disabled = state.beat === 0;
    next.disabled = state.beat === lesson.last;
    // Answered: the answer buttons go, and the focus they held goes on to Next, not to the page.
    const asking = text.kind === 'ask';
    if (!asking && guessRow.contains(document.activeElement)) (next.disabled ? play : next).focus();
    guessRow.hidden = !asking;
    play.textContent = state.playing ? 'Pause' : 'Play';
    const status = lesson.status(state);
    root.dataset.status = status;
    root.dataset.step = String(state.beat);
    root.dataset.threshold = String(t);
    if (status === 'done') root.dataset.correct = String(run.correctAfter);
    else delete root.dataset.correct;
  }

  set(options.autoplay ? lesson.play(state) : state);

  return {
    destroy(): void {
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
      darkScheme.dispose();
      root.replaceChildren();
    },
  };
}
