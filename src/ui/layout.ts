import { Announcer, ValleyWords } from './announcer';
import { StageAxes } from './axes';
import { adoptStyles, html } from '../dom/dom';
import type { PlaygroundActions } from './actions';
import type { Dialog } from './dialog';
import { Header } from './header';
import { EmbedDialog } from './embedDialog';
import { Help } from './help';
import { Legend } from './legend';
import { Notices } from './notices';
import { RateBar } from './rateBar';
import { Readouts } from './readouts';
import styles from './styles.css?inline';
import { Timeline } from './timeline';
import type { Presentation } from '../state/present';
import type { SideCard, Title, Widget } from './widget';

export type { SideCard, Widget } from './widget';

/**
 * The banner over the valley (a run's end, in words) and the hint shown before the first play.
 * Not a live region: the announcer says the end once.
 */
class StageNotes implements Widget {
  readonly banner = html('div', { class: 'lrp-banner' });
  readonly hint = html('p', { class: 'lrp-hint' }, 'Drag the hiker, or click the valley, to choose where it starts');

  update({ banner, readings }: Presentation): void {
    if (this.banner.textContent !== banner) this.banner.textContent = banner;
    if (this.banner.dataset.kind !== readings.status) this.banner.dataset.kind = readings.status;
    const idle = readings.status === 'idle';
    if (this.hint.hidden !== !idle) this.hint.hidden = !idle;
  }
}

/** A dialog made the first time it opens (most readers never open it), then kept. */
export class LazyDialog<T extends Dialog> {
  private made: T | undefined;

  constructor(
    private readonly make: () => T,
    private readonly host: HTMLElement,
  ) {}

  get open(): boolean {
    return this.made?.open ?? false;
  }

  set open(open: boolean) {
    if (open || this.made) this.use().open = open;
  }

  /** The dialog, made now if it was not yet. */
  use(): T {
    if (!this.made) {
      this.made = this.make();
      this.host.append(this.made.element);
    }
    return this.made;
  }
}

/**
 * The DOM of one playground, built inside its root element: what its first frame shows (the
 * valley, the rate bar, the timeline, the readouts); the side column's other cards and the settings
 * panel come after that frame (`ui/companions`).
 */
export interface Layout {
  readonly root: HTMLElement;
  readonly header: Header;
  readonly stage: HTMLElement;
  readonly axes: StageAxes;
  readonly legend: Legend;
  readonly tip: HTMLElement;
  readonly announcer: Announcer;
  readonly rateBar: RateBar;
  readonly timeline: Timeline;
  readonly readouts: Readouts;
  /** A card the page added (the guided lesson's questions), shown after the readouts. */
  readonly extra?: SideCard;
  /** The side column: the page's card and the readouts, then the companions' cards among them. */
  readonly side: HTMLElement;
  readonly notices: Notices;
  readonly help: LazyDialog<Help>;
  readonly embed: LazyDialog<EmbedDialog>;
  /** Everything here that draws each frame's presentation, in the order they draw. */
  readonly widgets: readonly Widget[];
}

/**
 * Builds the playground's DOM in `root`, with its stylesheet adopted by the shadow root or document
 * that holds `root`: a playground in a shadow root is styled as one in a page, and its styles stay
 * inside that shadow root.
 */
export function createLayout(root: HTMLElement, actions: PlaygroundActions, embeddable = false, extra?: SideCard, title?: Title): Layout {
  const header = new Header(actions, embeddable, title);
  const axes = new StageAxes();
  const legend = new Legend((i) => actions.follow(i));
  const notes = new StageNotes();
  const tip = html('div', { class: 'lrp-tip', hidden: true, 'aria-hidden': 'true' });
  // Ids of this playground's labelled parts: unique even with several playgrounds in one document.
  const id = `lrp-${Math.random().toString(36).slice(2, 10)}`;
  // Quiet about steps taken on the timeline while its slider, which says them, has focus.
  const announcer = new Announcer(() => timeline.scrubbing);
  const words = new ValleyWords(`${id}-valley`);
  const stage = html(
    'div',
    {
      class: 'lrp-stage',
      tabindex: 0,
      role: 'application',
      'aria-roledescription': 'valley',
      'aria-label': 'The valley. Arrow keys move where the hiker starts; D says where it is.',
      'aria-describedby': `${id}-valley`,
    },
    axes.element,
    legend.element,
    notes.banner,
    tip,
    notes.hint,
  );
  const rateBar = new RateBar(actions, `${id}-rate`);
  const timeline = new Timeline(actions);
  const readouts = new Readouts();
  // Not landmarks (aside, section): two playgrounds in one post would repeat their names.
  // The page's card (the guided lesson's questions) before the readouts, as the companions expect.
  const side = html('div', { class: 'lrp-side' }, ...(extra ? [extra.element] : []), readouts.element);
  const notices = new Notices();
  const help = new LazyDialog(() => new Help(() => actions.toggleHelp()), root);
  const embed = new LazyDialog(
    () =>
      new EmbedDialog(() => {
        embed.open = false;
      }),
    root,
  );
  root.classList.add('lrp');
  const frame = html('div', { class: 'lrp-frame' }, header.element, stage, rateBar.element, timeline.element, side);
  adoptStyles(root, styles);
  root.replaceChildren(frame, words.element, announcer.element, notices.element);
  // Parts a page embedding the playground may style through its shadow root (`::part(stage)`).
  const parts: [HTMLElement, string][] = [
    [frame, 'frame'],
    [header.element, 'header'],
    [stage, 'stage'],
    [rateBar.element, 'rate-bar'],
    [timeline.element, 'timeline'],
    [side, 'side'],
    [readouts.element, 'readouts card'],
    ...(extra ? ([[extra.element, 'extra card']] as [HTMLElement, string][]) : []),
  ];
  for (const [element, part] of parts) element.setAttribute('part', part);
  const widgets: Widget[] = [header, legend, notes, rateBar, readouts, timeline, ...(extra ? [extra] : []), words, announcer];
  return { root, header, stage, axes, legend, tip, announcer, rateBar, timeline, readouts, ...(extra ? { extra } : {}), side, notices, help, embed, widgets };
}
