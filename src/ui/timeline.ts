import type { RunEvents } from '../core';
import { stepWords } from '../state/commentary';
import type { Presentation } from '../state/present';
import { html, setText } from '../dom/dom';

export interface TimelineActions {
  /** Moves the playhead to a step (and pauses). */
  scrub(step: number): void;
  /** Sets the playback speed, in steps per second. */
  setSpeed(stepsPerSecond: number): void;
}

/** The speeds offered beside the timeline, in steps per second; any other (from the URL) is added. */
const SPEEDS = [0.5, 1, 2, 3, 4, 6, 8, 12, 20, 30, 40, 60, 120, 250, 500];

/**
 * A scrubber under the valley: drag back and forth through the run, with its moments marked (the
 * first overshoot, the onset of divergence, convergence) and, with several hikers, where each one
 * stopped; beside it, the playback speed.
 */
export class Timeline {
  readonly element: HTMLElement;
  private readonly range: HTMLInputElement;
  private readonly marks = html('div', { class: 'lrp-timeline-marks', 'aria-hidden': 'true' });
  /** The step in words, for the eye: the slider's own value text says it to assistive technology, and only when asked (an `<output>` would be a live region, heard at every step). */
  private readonly label = html('span', { class: 'lrp-timeline-label', 'aria-hidden': 'true' });
  private readonly ends = html('div', { class: 'lrp-timeline-ends', 'aria-hidden': 'true' });
  private readonly speed: HTMLSelectElement;
  private marked: { events?: RunEvents; runs?: readonly unknown[]; last: number } = { last: -1 };
  private shown: { step: number; last: number; speed: number; run?: unknown } = { step: -1, last: -1, speed: -1 };

  constructor(actions: TimelineActions) {
    this.range = html('input', { type: 'range', min: 0, max: 1, step: 1, value: 0, 'aria-label': 'Step of the run' });
    this.range.addEventListener('input', () => actions.scrub(Number(this.range.value)));
    this.speed = html('select', { class: 'lrp-speed', 'aria-label': 'Speed, in steps per second' });
    this.speed.addEventListener('change', () => actions.setSpeed(Number(this.speed.value)));
    this.element = html(
      'div',
      { class: 'lrp-timeline' },
      html('div', { class: 'lrp-timeline-track' }, this.range, this.marks, this.ends),
      this.label,
      html('label', { class: 'lrp-speed-label' }, html('span', {}, 'speed'), this.speed, html('span', { 'aria-hidden': 'true' }, 'steps/s')),
    );
  }

  /** Whether its slider has focus, moved by the keys. */
  get scrubbing(): boolean {
    return this.range.matches(':focus');
  }

  update({ snapshot, events, run, readings }: Presentation): void {
    const { derived, step, hikers, settings } = snapshot;
    const last = Math.max(1, derived.lastStep);
    if (this.marked.events !== events || this.marked.runs !== derived.runs || this.marked.last !== last) {
      this.marked = { events, runs: derived.runs, last };
      this.range.max = String(last);
      this.drawMarks(events, last);
      // With several hikers, a tick in each one's colour where it stopped: the followed one's end is not the group's.
      this.ends.replaceChildren(
        ...(hikers.length > 1
          ? hikers.map((h) => html('span', { style: `left: ${((h.run.stoppedAt / last) * 100).toFixed(2)}%; background: ${h.spec.color ?? 'var(--lrp-accent)'}`, title: `${h.spec.label}: stopped at step ${h.run.stoppedAt}` }))
          : []),
      );
    }
    if (step !== this.shown.step || derived.lastStep !== this.shown.last || run !== this.shown.run) {
      const words = `step ${step} of ${derived.lastStep}`;
      this.range.value = String(step);
      // Heard as the slider moves: the step, and the followed hiker's loss there (the narration keeps quiet meanwhile).
      this.range.setAttribute('aria-valuetext', `${words}, ${stepWords(run, readings.hikerStep)}`);
      setText(this.label, words);
    }
    if (settings.stepsPerSecond !== this.shown.speed) {
      const speeds = [...new Set([...SPEEDS, settings.stepsPerSecond])].sort((a, b) => a - b);
      // New options only when the list changes (a speed from the URL that is not offered): a new
      // speed is most often one of the list, and the options the browser already knows stay.
      const offered = [...this.speed.options].map((o) => Number(o.value));
      if (offered.join() !== speeds.join()) this.speed.replaceChildren(...speeds.map((v) => html('option', { value: v }, String(v))));
      this.speed.value = String(settings.stepsPerSecond);
    }
    this.shown = { step, last: derived.lastStep, speed: settings.stepsPerSecond, run };
  }

  private drawMarks(events: RunEvents, last: number): void {
    const entries: [number | undefined, string, string][] = [
      [events.firstOvershoot, 'overshoot', 'first overshoot'],
      [events.divergenceOnset, 'diverging', 'the loss starts to grow for good'],
      [events.converged, 'converged', 'converged'],
    ];
    // Moments closer than a tenth of the track share one label, so their words never overlap.
    const groups: { at: number; kinds: string[]; titles: string[] }[] = [];
    for (const [at, kind, text] of entries.filter((e): e is [number, string, string] => e[0] !== undefined).sort((a, b) => a[0] - b[0])) {
      const group = groups[groups.length - 1];
      if (group && (at - group.at) / last < 0.1) {
        group.kinds.push(kind);
        group.titles.push(`${text} at step ${at}`);
      } else {
        groups.push({ at, kinds: [kind], titles: [`${text} at step ${at}`] });
      }
    }
    this.marks.replaceChildren(
      ...groups.map(({ at, kinds, titles }) => {
        const percent = (at / last) * 100;
        // Labels near an end align to it instead of spilling over.
        const shift = percent < 8 ? '-4px' : percent > 92 ? 'calc(-100% + 4px)' : '-50%';
        const kind = ['diverging', 'converged', 'overshoot'].find((k) => kinds.includes(k)) as string;
        return html('span', { class: 'lrp-timeline-mark', 'data-kind': kind, style: `left: ${percent.toFixed(2)}%; --shift: ${shift}`, title: titles.join('; ') }, kinds.join(', '));
      }),
    );
  }
}
