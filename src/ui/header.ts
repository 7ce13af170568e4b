import { html, svg } from './dom';

const icon = (path: string): SVGSVGElement => svg('svg', { viewBox: '0 0 16 16', 'aria-hidden': 'true' }, svg('path', { d: path }));
const PLAY = 'M4 2.5v11l9.5-5.5z';
const PAUSE = 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z';
const STEP = 'M3 2.5v11l7-5.5zM11 2.5h2.5v11H11z';
const RESET = 'M8 2.5a5.5 5.5 0 1 1-5.2 3.7l1.6.6A3.8 3.8 0 1 0 8 4.2V6.5L4.5 3.4 8 .3z';

export interface HeaderActions {
  togglePlay(): void;
  step(): void;
  reset(): void;
}

/** Title and the transport: play or pause, one step, back to the start. */
export class Header {
  readonly element: HTMLElement;
  private readonly play: HTMLButtonElement;
  private playing: boolean | undefined;

  constructor(actions: HeaderActions) {
    this.play = html('button', { type: 'button', class: 'lrp-button', 'data-primary': true, 'data-action': 'play' });
    const step = html('button', { type: 'button', class: 'lrp-button', 'data-action': 'step', title: 'One step' }, icon(STEP), 'Step');
    const reset = html('button', { type: 'button', class: 'lrp-button', 'data-action': 'reset', title: 'Back to the start' }, icon(RESET), 'Reset');
    this.play.addEventListener('click', () => actions.togglePlay());
    step.addEventListener('click', () => actions.step());
    reset.addEventListener('click', () => actions.reset());
    this.element = html(
      'header',
      { class: 'lrp-header' },
      html('h1', { class: 'lrp-title' }, 'Learning-rate playground', html('small', {}, 'Gradient descent, one step at a time')),
      html('div', { class: 'lrp-transport' }, this.play, step, reset),
    );
    this.setPlaying(false);
  }

  setPlaying(playing: boolean): void {
    if (playing === this.playing) return;
    this.playing = playing;
    this.play.replaceChildren(icon(playing ? PAUSE : PLAY), playing ? 'Pause' : 'Play');
    this.play.setAttribute('aria-pressed', String(playing));
  }
}
