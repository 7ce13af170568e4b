import { scaleLinear } from 'd3-scale';
import { runThreshold, type ThresholdRun, type ThresholdStep } from '../core';
import { adoptStyles, button, html, svg } from '../dom/dom';
import { watchMedia } from '../dom/media';
import styles from '../ui/styles.css?inline';

/** How long each beat stays on screen when the lesson plays by itself. */
const BEAT_MS = 1100;
const WIDTH = 640;
const HEIGHT = 150;
const AXIS_Y = 96;

const yesNo = (yes: boolean): string => (yes ? 'YES' : 'NO');

/**
 * A beat of the lesson: before an example (the learner may guess the model's answer), after it
 * (predict, compare, adjust, with this example's numbers), or the end.
 */
type Beat = { kind: 'ask'; index: number } | { kind: 'reveal'; index: number } | { kind: 'end' };

function beatsOf(run: ThresholdRun): Beat[] {
  return [...run.steps.flatMap((_, index): Beat[] => [{ kind: 'ask', index }, { kind: 'reveal', index }]), { kind: 'end' }];
}

export interface ThresholdLessonOptions {
  /** Plays every beat in turn by itself. */
  readonly autoplay?: boolean;
  /** Where the playground is, for the link back to it. */
  readonly playgroundHref?: string;
}

/**
 * The lesson's hand simulation on a number line: the rule "YES when the number is greater than
 * t", the five examples in order, t moving by 1 on each mistake. The learner may guess each of
 * the model's answers before it is shown; Next and Back (or the arrow keys) move through it.
 *
 * `root` carries `data-status` (`idle`, `playing`, `paused`, `done`), `data-step` (the beat),
 * `data-threshold` (t as it stands) and, once done, `data-correct` (how many of the five the final
 * rule gets right).
 */
export function mountThresholdLesson(root: HTMLElement, options: ThresholdLessonOptions = {}): { destroy(): void } {
  const run = runThreshold();
  const beats = beatsOf(run);
  const guesses = new Map<number, boolean>();
  let beat = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const x = scaleLinear().domain([0, 10]).range([40, WIDTH - 40]);
  const yesSide = svg('rect', { class: 'lrp-threshold-yes', y: AXIS_Y - 70, height: 70 });
  const marker = svg('g', { class: 'lrp-threshold-marker' }, svg('line', { y1: AXIS_Y - 78, y2: AXIS_Y + 8 }), svg('text', { y: AXIS_Y - 82, 'text-anchor': 'middle' }));
  const dots = run.steps.map((step) =>
    svg(
      'g',
      { class: 'lrp-threshold-example', transform: `translate(${x(step.example.input)}, ${AXIS_Y - 22})` },
      svg('circle', { r: 15 }),
      svg('text', { class: 'lrp-threshold-input', 'text-anchor': 'middle' }, String(step.example.input)),
      svg('text', { class: 'lrp-threshold-label', y: 40, 'text-anchor': 'middle' }),
    ),
  );
  const line = svg(
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

  const rule = html('p', { class: 'lrp-threshold-rule' });
  const title = html('h2', {});
  const body = html('div', { class: 'lrp-threshold-body', 'aria-live': 'polite' });
  const back = button('back', () => go(beat - 1), {}, 'Back');
  const next = button('next', () => go(beat + 1), { 'data-primary': true }, 'Next');
  const play = button('play', () => (timer === undefined ? startPlaying() : stopPlaying()), {}, 'Play');
  const restart = button(
    'restart',
    () => {
      guesses.clear();
      stopPlaying();
      go(0);
    },
    {},
    'Start over',
  );
  const guessYes = button('guess-yes', () => guess(true), {}, 'The model says YES');
  const guessNo = button('guess-no', () => guess(false), {}, 'The model says NO');
  const guessRow = html('div', { class: 'lrp-threshold-guess' }, guessYes, guessNo);

  // The playground's colours, light or dark as the reader's system prefers.
  const darkScheme = watchMedia('(prefers-color-scheme: dark)', (dark) => (root.dataset.theme = dark ? 'dark' : 'light'));
  root.dataset.theme = darkScheme.matches ? 'dark' : 'light';
  root.classList.add('lrp', 'lrp-lesson');
  root.setAttribute('data-playground', '');
  adoptStyles(root, styles);
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
        line,
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
    if (event.key === 'ArrowRight') go(beat + 1);
    else if (event.key === 'ArrowLeft') go(beat - 1);
    else if (event.key.toLowerCase() === 'y') guess(true);
    else if (event.key.toLowerCase() === 'n') guess(false);
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);

  function guess(yes: boolean): void {
    const current = beats[beat];
    if (current?.kind !== 'ask') return;
    guesses.set(current.index, yes);
    go(beat + 1);
  }

  function startPlaying(): void {
    if (beat >= beats.length - 1) go(0);
    const tick = (): void => {
      if (beat >= beats.length - 1) {
        stopPlaying();
        return;
      }
      go(beat + 1, true);
      timer = setTimeout(tick, BEAT_MS);
    };
    timer = setTimeout(tick, BEAT_MS);
    draw();
  }

  function stopPlaying(): void {
    clearTimeout(timer);
    timer = undefined;
    draw();
  }

  function go(to: number, playing = false): void {
    if (!playing && timer !== undefined) stopPlaying();
    beat = Math.min(beats.length - 1, Math.max(0, to));
    draw();
  }

  /** t as the learner sees it at this beat: before the current example, or after it once revealed. */
  function thresholdNow(current: Beat): number {
    if (current.kind === 'end') return run.final;
    const step = run.steps[current.index] as ThresholdStep;
    return current.kind === 'ask' ? step.before : step.after;
  }

  function describe(current: Beat): void {
    if (current.kind === 'end') {
      const before = run.steps.filter((s) => s.correct).length;
      title.textContent = 'One pass over the data: done';
      body.replaceChildren(
        html('p', {}, `The threshold ended at t = ${run.final}. With it, the rule gets ${run.correctAfter} of the ${run.steps.length} examples right.`),
        html('p', {}, `While it learned, it made ${run.steps.length - before} mistake${run.steps.length - before === 1 ? '' : 's'}; each one moved t toward the right answer. Predict, find the error, adjust, repeat: that is the whole training loop.`),
      );
      return;
    }
    const step = run.steps[current.index] as ThresholdStep;
    const { input, yes } = step.example;
    title.textContent = `Example ${current.index + 1} of ${run.steps.length}: the number ${input}`;
    if (current.kind === 'ask') {
      body.replaceChildren(html('p', {}, `The rule says YES when the number is greater than t = ${step.before}. What will the model answer for ${input}?`));
      return;
    }
    const guessed = guesses.get(current.index);
    const compare = input > step.before ? `${input} > ${step.before}` : `${input} ≤ ${step.before}`;
    const adjust = step.correct
      ? `Right, so nothing changes: t stays ${step.after}.`
      : `Wrong: it said ${yesNo(step.prediction)} to a ${yesNo(yes)}, so t moves ${step.after > step.before ? 'up' : 'down'} by 1 to ${step.after}.`;
    body.replaceChildren(
      html(
        'ol',
        { class: 'lrp-threshold-steps' },
        html('li', {}, html('strong', {}, 'Predict: '), `${compare}, so the model says ${yesNo(step.prediction)}.`),
        html('li', {}, html('strong', {}, 'Compare: '), `the true answer is ${yesNo(yes)}.`),
        html('li', {}, html('strong', {}, 'Loss: '), step.correct ? 'no mistake.' : 'one mistake.'),
        html('li', {}, html('strong', {}, 'Adjust: '), adjust),
      ),
      ...(guessed === undefined ? [] : [html('p', { class: 'lrp-threshold-feedback', 'data-right': guessed === step.prediction ? 'yes' : 'no' }, guessed === step.prediction ? 'You guessed the model’s answer.' : `You guessed ${yesNo(guessed)}; the model said ${yesNo(step.prediction)}.`)]),
    );
  }

  function draw(): void {
    const current = beats[beat] as Beat;
    const t = thresholdNow(current);
    rule.replaceChildren('The rule: answer ', html('strong', {}, 'YES'), ' when the number is greater than ', html('strong', { class: 'lrp-threshold-t' }, `t = ${t}`));
    const tx = x(t);
    yesSide.setAttribute('x', String(tx));
    yesSide.setAttribute('width', String(x(10) - tx));
    marker.setAttribute('transform', `translate(${tx}, 0)`);
    (marker.lastChild as SVGTextElement).textContent = `t = ${t}`;
    run.steps.forEach((step, i) => {
      const dot = dots[i]!;
      const index = current.kind === 'end' ? run.steps.length : current.index;
      const seen = i < index || (i === index && current.kind === 'reveal');
      dot.dataset.state = i === index && current.kind !== 'end' ? 'current' : seen ? 'seen' : 'ahead';
      if (seen) dot.dataset.answer = yesNo(step.example.yes);
      else delete dot.dataset.answer;
      (dot.lastChild as SVGTextElement).textContent = seen ? `${yesNo(step.example.yes)} ${step.correct ? '✓' : '✗'}` : '';
    });
    describe(current);
    guessRow.hidden = current.kind !== 'ask';
    back.disabled = beat === 0;
    next.disabled = beat === beats.length - 1;
    play.textContent = timer === undefined ? 'Play' : 'Pause';
    const status = current.kind === 'end' ? 'done' : timer !== undefined ? 'playing' : beat === 0 ? 'idle' : 'paused';
    root.dataset.status = status;
    root.dataset.step = String(beat);
    root.dataset.threshold = String(t);
    if (status === 'done') root.dataset.correct = String(run.correctAfter);
    else delete root.dataset.correct;
  }

  draw();
  if (options.autoplay) startPlaying();

  return {
    destroy(): void {
      stopPlaying();
      document.removeEventListener('keydown', onKey);
      darkScheme.dispose();
      root.replaceChildren();
    },
  };
}
