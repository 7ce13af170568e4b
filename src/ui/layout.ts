import guiStyles from 'lil-gui/stylesheet?inline';
import { Announcer, ValleyWords } from './announcer';
import { StageAxes } from './axes';
import { ChartCard } from './chartCard';
import { DataCard } from './dataCard';
import { adoptStyles, html } from '../dom/dom';
import type { PlaygroundActions } from './actions';
import { Header } from './header';
import { EmbedDialog } from './embedDialog';
import { Help } from './help';
import { Legend } from './legend';
import { ListenCard } from './listenCard';
import { Narration } from './narration';
import { Notices } from './notices';
import { RateBar } from './rateBar';
import { Readouts } from './readouts';
import { StabilityCard } from './stability';
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

/** The DOM of one playground, built inside its root element. */
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
  readonly stability: StabilityCard;
  readonly narration: Narration;
  readonly data: DataCard;
  /** A card the page added (the guided lesson's questions), shown after the readouts. */
  readonly extra?: SideCard;
  readonly chart: ChartCard;
  readonly listen: ListenCard;
  readonly side: HTMLElement;
  readonly notices: Notices;
  readonly help: Help;
  readonly embed: EmbedDialog;
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
  const announcer = new Announcer();
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
  const stability = new StabilityCard((lr) => actions.useRate(lr));
  const narration = new Narration(actions);
  const data = new DataCard();
  const chart = new ChartCard(
    (tab) => actions.chooseTab(tab),
    (lr) => actions.useRate(lr),
    `${id}-chart`,
  );
  const listen = new ListenCard();
  // Not landmarks (aside, section): two playgrounds in one post would repeat their names.
  const side = html('div', { class: 'lrp-side' }, readouts.element, ...(extra ? [extra.element] : []), data.element, chart.element, listen.element, stability.element, narration.element);
  const notices = new Notices();
  const help = new Help(() => actions.toggleHelp());
  const embed = new EmbedDialog(() => {
    embed.open = false;
  });
  root.classList.add('lrp');
  const frame = html('div', { class: 'lrp-frame' }, header.element, stage, rateBar.element, timeline.element, side);
  adoptStyles(root, `${guiStyles}\n${styles}`);
  root.replaceChildren(frame, words.element, announcer.element, notices.element, help.element, embed.element);
  // Parts a page embedding the playground may style through its shadow root (`::part(stage)`).
  const parts: [HTMLElement, string][] = [
    [frame, 'frame'],
    [header.element, 'header'],
    [stage, 'stage'],
    [rateBar.element, 'rate-bar'],
    [timeline.element, 'timeline'],
    [side, 'side'],
    [readouts.element, 'readouts card'],
    [chart.element, 'chart card'],
    [stability.element, 'stability card'],
    [narration.element, 'narration card'],
    [data.element, 'data card'],
    ...(extra ? ([[extra.element, 'extra card']] as [HTMLElement, string][]) : []),
  ];
  for (const [element, part] of parts) element.setAttribute('part', part);
  const widgets: Widget[] = [header, legend, notes, rateBar, readouts, timeline, stability, data, narration, ...(extra ? [extra] : []), chart, listen, words, announcer];
  return { root, header, stage, axes, legend, tip, announcer, rateBar, timeline, readouts, stability, narration, data, ...(extra ? { extra } : {}), chart, listen, side, notices, help, embed, widgets };
}
