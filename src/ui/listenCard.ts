import { button, html } from '../dom/dom';
import { sampleCurve } from '../render/viewport';
import type { Presentation } from '../state/present';
import { runNotes, stepNote, traceNotes } from '../state/sound';
import { Sonifier } from './sound';

/** The least time between two notes while the hikers walk fast. */
const STEP_NOTE_MS = 80;

/**
 * Listening to the run (as Desmos's audio trace does): hear the followed run's loss step by step
 * as pitch, with its overshoots and a divergence cued; hear each step as the hikers walk; and, on a
 * 1-D valley, hear the curve from left to right with the hiker's place marked.
 */
export class ListenCard {
  readonly element: HTMLElement;
  private readonly sound = new Sonifier();
  private readonly walking: HTMLInputElement;
  private readonly traceButton: HTMLButtonElement;
  private presentation: Presentation | undefined;
  private heard = { step: -1, at: 0 };

  constructor() {
    this.walking = html('input', { type: 'checkbox', class: 'lrp-sound-walking' });
    this.traceButton = button('trace-valley', () => this.trace(), { class: 'lrp-button' }, 'Trace the valley');
    this.element = html('div', { class: 'lrp-listen lrp-card', role: 'group', 'aria-label': 'Listen' },
      html('h2', {}, 'Listen'),
      html('p', { class: 'lrp-note' }, 'The loss as pitch: higher is worse. A bright double note is a step that overshot; a falling glide, a divergence.'),
      html(
        'div',
        { class: 'lrp-listen-buttons' },
        button('hear-run', () => this.hearRun(), { class: 'lrp-button' }, 'Hear the run'),
        this.traceButton,
        button('stop-sound', () => this.sound.stop(), { class: 'lrp-button' }, 'Stop'),
      ),
      html('label', { class: 'lrp-switch' }, this.walking, ' Sound each step while walking'),
    );
  }

  update(presentation: Presentation): void {
    this.presentation = presentation;
    this.traceButton.hidden = presentation.surface.dim !== 1;
    const { readings, snapshot, run } = presentation;
    if (!this.walking.checked || !snapshot.playing || readings.hikerStep === this.heard.step) return;
    const now = performance.now();
    if (now - this.heard.at < STEP_NOTE_MS) return;
    this.heard = { step: readings.hikerStep, at: now };
    this.sound.play(stepNote(run, readings.hikerStep));
  }

  private hearRun(): void {
    if (this.presentation) this.sound.playAll(runNotes(this.presentation.run));
  }

  private trace(): void {
    const p = this.presentation;
    if (!p || p.surface.dim !== 1) return;
    const { xs, losses } = sampleCurve(p.surface, 241);
    const { notes, hiker } = traceNotes(xs, losses, p.run.path[p.readings.hikerStep]![0]!);
    this.sound.trace(notes, hiker);
  }

  destroy(): void {
    this.sound.destroy();
  }
}
