import guiStyles from 'lil-gui/stylesheet?inline';
import { LossChart } from '../chart/lossChart';
import { ValleyAxes } from './axes';
import { html } from './dom';
import { Header, type HeaderActions } from './header';
import { Notices } from './notices';
import { Readouts } from './readouts';
import styles from './styles.css?inline';

/** The DOM of one playground, built inside its root element. */
export interface Layout {
  readonly root: HTMLElement;
  readonly header: Header;
  readonly stage: HTMLElement;
  readonly axes: ValleyAxes;
  readonly banner: HTMLElement;
  readonly tip: HTMLElement;
  readonly hint: HTMLElement;
  readonly readouts: Readouts;
  readonly chart: LossChart;
  readonly chartBox: HTMLElement;
  readonly side: HTMLElement;
  readonly notices: Notices;
}

/**
 * Builds the playground's DOM in `root`, with its stylesheet injected into `root` itself, so a
 * playground in a shadow root is styled as one in a page, and neither touches the other's head.
 */
export function createLayout(root: HTMLElement, actions: HeaderActions): Layout {
  const header = new Header(actions);
  const axes = new ValleyAxes();
  const banner = html('div', { class: 'lrp-banner', role: 'status' });
  const tip = html('div', { class: 'lrp-tip', hidden: true });
  const hint = html('p', { class: 'lrp-hint' }, 'Drag the hiker, or click the valley, to choose where it starts');
  const stage = html(
    'div',
    { class: 'lrp-stage', tabindex: 0, role: 'application', 'aria-label': 'The valley. Arrow keys move the start point.' },
    axes.element,
    banner,
    tip,
    hint,
  );
  const readouts = new Readouts();
  const chart = new LossChart();
  const chartBox = html('div', { class: 'lrp-chart-box lrp-card' }, chart.element);
  const side = html('aside', { class: 'lrp-side' }, readouts.element, chartBox);
  const notices = new Notices();
  root.classList.add('lrp');
  root.replaceChildren(html('style', {}, guiStyles, styles), header.element, stage, side, notices.element);
  return { root, header, stage, axes, banner, tip, hint, readouts, chart, chartBox, side, notices };
}
