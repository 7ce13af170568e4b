import guiStyles from 'lil-gui/stylesheet?inline';
import { ValleyAxes } from './axes';
import { ChartCard } from './chartCard';
import { DataCard } from './dataCard';
import { adoptStyles, html } from '../dom/dom';
import { Header, type HeaderActions } from './header';
import { EmbedDialog } from './embedDialog';
import { Help } from './help';
import { Legend } from './legend';
import { Narration } from './narration';
import { Notices } from './notices';
import { Readouts } from './readouts';
import { Stability } from './stability';
import styles from './styles.css?inline';
import { Timeline } from './timeline';
import type { Settings } from '../state/settings';
import type { Snapshot } from '../state/snapshot';

/** A card a page adds beside the playground's own (the guided lesson's questions), kept up to date with it. */
export interface SideCard {
  readonly element: HTMLElement;
  update(snapshot: Snapshot): void;
}

/** What the views built here ask of the playground. */
export interface LayoutActions extends HeaderActions {
  scrub(step: number): void;
  follow(hiker: number): void;
  /** Sets the learning rate (a landmark, a point of the sweep) and replays from the start. */
  useRate(lr: number): void;
  chooseTab(tab: Settings['tab']): void;
}

/** The DOM of one playground, built inside its root element. */
export interface Layout {
  readonly root: HTMLElement;
  readonly header: Header;
  readonly stage: HTMLElement;
  readonly axes: ValleyAxes;
  readonly legend: Legend;
  readonly banner: HTMLElement;
  readonly tip: HTMLElement;
  readonly hint: HTMLElement;
  readonly timeline: Timeline;
  readonly readouts: Readouts;
  readonly stability: Stability;
  readonly narration: Narration;
  readonly data: DataCard;
  /** A card the page added (the guided lesson's questions), shown after the readouts. */
  readonly extra?: SideCard;
  readonly chart: ChartCard;
  readonly side: HTMLElement;
  readonly notices: Notices;
  readonly help: Help;
  readonly embed: EmbedDialog;
}

/**
 * Builds the playground's DOM in `root`, with its stylesheet adopted by the shadow root or document
 * that holds `root`: a playground in a shadow root is styled as one in a page, and its styles stay
 * inside that shadow root.
 */
export function createLayout(root: HTMLElement, actions: LayoutActions, embeddable = false, extra?: SideCard): Layout {
  const header = new Header(actions, embeddable);
  const axes = new ValleyAxes();
  const legend = new Legend((i) => actions.follow(i));
  const banner = html('div', { class: 'lrp-banner', role: 'status' });
  const tip = html('div', { class: 'lrp-tip', hidden: true });
  const hint = html('p', { class: 'lrp-hint' }, 'Drag the hiker, or click the valley, to choose where it starts');
  const stage = html(
    'div',
    { class: 'lrp-stage', tabindex: 0, role: 'application', 'aria-label': 'The valley. Arrow keys move the start point.' },
    axes.element,
    legend.element,
    banner,
    tip,
    hint,
  );
  const timeline = new Timeline(actions);
  const readouts = new Readouts();
  const stability = new Stability((lr) => actions.useRate(lr));
  const narration = new Narration(actions);
  const data = new DataCard();
  const chart = new ChartCard(
    (tab) => actions.chooseTab(tab),
    (lr) => actions.useRate(lr),
  );
  const side = html('aside', { class: 'lrp-side' }, readouts.element, ...(extra ? [extra.element] : []), data.element, chart.element, stability.element, narration.element);
  const notices = new Notices();
  const help = new Help(() => actions.toggleHelp());
  const embed = new EmbedDialog(() => {
    embed.open = false;
  });
  root.classList.add('lrp');
  const frame = html('div', { class: 'lrp-frame' }, header.element, stage, timeline.element, side);
  adoptStyles(root, `${guiStyles}\n${styles}`);
  root.replaceChildren(frame, notices.element, help.element, embed.element);
  // Parts a page embedding the playground may style through its shadow root (`::part(stage)`).
  const parts: [HTMLElement, string][] = [
    [frame, 'frame'],
    [header.element, 'header'],
    [stage, 'stage'],
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
  return { root, header, stage, axes, legend, banner, tip, hint, timeline, readouts, stability, narration, data, ...(extra ? { extra } : {}), chart, side, notices, help, embed };
}
