import type { RunEvents } from '../core';
import type { Presentation } from '../state/present';
import { html } from '../dom/dom';

export interface TimelineActions {
  /** Moves the playhead to a step (and pauses). */
  scrub(step: number): void;
}

/**
 * A scrubber under the valley: drag back and forth through the run, with its moments marked (the
 * first overshoot, the onset of divergence, convergence).
 */
export class Timeline {
  readonly element: HTMLElement;
  private readonly range: HTMLInputElement;
  private readonly marks = html('div', { class: 'lrp-timeline-marks', 'aria-hidden': 'true' });
  private readonly label = html('output', { class: 'lrp-timeline-label' });
  private marked: { events?: RunEvents; last: number } = { last: -1 };
  private shown = -1;

  constructor(actions: TimelineActions) {
    this.range = html('input', { type: 'range', min: 0, max: 1, step: 1, value: 0, 'aria-label': 'Step of the run' });
    this.range.addEventListener('input', () => actions.scrub(Number(this.range.value)));
    this.element = html('div', { class: 'lrp-timeline' }, html('div', { class: 'lrp-timeline-track' }, this.range, this.marks), this.label);
  }

  update({ snapshot, events }: Presentation): void {
    const { derived, step } = snapshot;
    const last = Math.max(1, derived.lastStep);
    if (this.marked.events !== events || this.marked.last !== last) {
      this.marked = { events, last };
      this.range.max = String(last);
      this.drawMarks(events, last);
    }
    if (step !== this.shown) {
      this.shown = step;
      this.range.value = String(step);
      this.label.textContent = `step ${step} of ${derived.lastStep}`;
    }
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
