import { teachingScenes } from '../state/teachingScenes';
import type { Presentation } from '../state/present';
import type { PlaygroundActions } from './actions';
import { button, html, svg } from '../dom/dom';
import { ExportMenu } from './exportMenu';
import type { Title } from './widget';

const icon = (path: string): SVGSVGElement => svg('svg', { viewBox: '0 0 16 16', 'aria-hidden': 'true' }, svg('path', { d: path }));
const PLAY = 'M4 2.5v11l9.5-5.5z';
const PAUSE = 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z';
const STEP = 'M3 2.5v11l7-5.5zM11 2.5h2.5v11H11z';
const BACK = 'M13 2.5v11l-7-5.5zM2.5 2.5H5v11H2.5z';
const RESET = 'M8 2.5a5.5 5.5 0 1 1-5.2 3.7l1.6.6A3.8 3.8 0 1 0 8 4.2V6.5L4.5 3.4 8 .3z';
const SCREEN = 'M2 3h12v8H2zM5 13h6v1.5H5z';
const CODE = 'M5.5 4 1.5 8l4 4 1.1-1.1L3.7 8l2.9-2.9zM10.5 4l4 4-4 4-1.1-1.1L12.3 8 9.4 5.1z';

/** What the header's buttons do. */
export type HeaderActions = Pick<PlaygroundActions, 'togglePlay' | 'step' | 'reset' | 'scene' | 'togglePresenter' | 'toggleHelp' | 'showEmbed' | 'exportAs'>;

/** What the page is called in its header: a heading, and a line under it when no teaching scene names itself there. */
export type { Title } from './widget';

export const PLAYGROUND_TITLE: Title = { heading: 'Learning-rate playground', tagline: 'Gradient descent, one step at a time' };

/** Title and scene, the scene picker, presenter mode and help, and the transport. */
export class Header {
  readonly element: HTMLElement;
  private readonly play: HTMLButtonElement;
  private readonly presenter: HTMLButtonElement;
  private readonly scenePicker: HTMLSelectElement;
  private readonly subtitle = html('small', {});
  readonly exportMenu: ExportMenu;
  private playing: boolean | undefined;
  /** The scene and presenter mode shown; `null` before the first. */
  private shown: { id: string | undefined; presenter: boolean } | null = null;

  /** `embeddable`: offer the embed code (the standalone page, which knows where its files are served). */
  constructor(actions: HeaderActions, embeddable: boolean, private readonly title: Title = PLAYGROUND_TITLE) {
    // The label is its own element, so a compact layout may show the icon alone; the name stays the label.
    const tool = (action: string, label: string, path: string, title: string, onClick: () => void): HTMLButtonElement =>
      button(action, onClick, { title, 'aria-label': label }, icon(path), html('span', { class: 'lrp-button-label' }, label));
    this.play = button('play', () => actions.togglePlay(), { 'data-primary': true });
    this.scenePicker = html(
      'select',
      { class: 'lrp-scenes', 'aria-label': 'Teaching scenes' },
      html('option', { value: '' }, 'Scenes…'),
      ...teachingScenes.map((s, i) => html('option', { value: s.id }, `${i < 9 ? `${i + 1}  ` : ''}${s.title}`)),
    );
    this.scenePicker.addEventListener('change', () => {
      if (this.scenePicker.value) actions.scene(this.scenePicker.value);
    });
    this.presenter = tool('presenter', 'Present', SCREEN, 'Presenter mode: large type and thick lines (P)', () => actions.togglePresenter());
    this.exportMenu = new ExportMenu((format) => actions.exportAs(format));
    const help = button('help', () => actions.toggleHelp(), { class: 'lrp-button lrp-icon-button', title: 'Keyboard shortcuts (?)', 'aria-label': 'Keyboard shortcuts' }, '?');
    this.element = html(
      'div',
      { class: 'lrp-header' },
      html('h1', { class: 'lrp-title' }, title.heading, this.subtitle),
      html(
        'div',
        { class: 'lrp-tools' },
        ...(title.scenes === false ? [] : [this.scenePicker]),
        this.presenter,
        this.exportMenu.element,
        ...(embeddable ? [tool('embed', 'Embed', CODE, 'Code to put this playground in a web page', () => actions.showEmbed())] : []),
        help,
      ),
      html(
        'div',
        { class: 'lrp-transport' },
        tool('back', 'Back', BACK, 'One step back (←)', () => actions.step(-1)),
        this.play,
        tool('step', 'Step', STEP, 'One step (→)', () => actions.step(1)),
        tool('reset', 'Reset', RESET, 'Back to the start', () => actions.reset()),
      ),
    );
    this.setPlaying(false);
    this.setScene(undefined, false);
  }

  update({ snapshot }: Presentation): void {
    this.setPlaying(snapshot.playing);
    this.setScene(snapshot.settings.scene, snapshot.settings.presenter);
  }

  private setPlaying(playing: boolean): void {
    if (playing === this.playing) return;
    this.playing = playing;
    // The name says what a press does; no aria-pressed beside it, or it reads "Pause, toggle button, pressed".
    this.play.replaceChildren(icon(playing ? PAUSE : PLAY), playing ? 'Pause' : 'Play');
  }

  /** Shows the scene's title and caption (or the tagline), and whether presenter mode is on. */
  private setScene(id: string | undefined, presenter: boolean): void {
    if (this.shown && this.shown.id === id && this.shown.presenter === presenter) return;
    this.shown = { id, presenter };
    const scene = teachingScenes.find((s) => s.id === id);
    this.subtitle.textContent = scene ? `${scene.title} — ${scene.caption}` : this.title.tagline;
    this.scenePicker.value = scene?.id ?? '';
    this.presenter.setAttribute('aria-pressed', String(presenter));
  }
}
