import guiStyles from 'lil-gui/stylesheet?inline';
import companionStyles from './companions.css?inline';
import { adoptStyles } from '../dom/dom';
import type { Theme } from '../render/theme';
import type { Settings } from '../state/settings';
import type { Store } from '../state/store';
import type { PlaygroundActions } from './actions';
import { ChartCard } from './chartCard';
import { DataCard } from './dataCard';
import type { Layout } from './layout';
import { ListenCard } from './listenCard';
import { Narration } from './narration';
import { Panel } from './panel/panel';
import { StabilityCard } from './stability';
import type { Widget } from './widget';

/**
 * The parts of a playground that its first frame does not need: the side column's cards (data,
 * charts, sound, stability, the walk-through) and the settings panel, with lil-gui and d3's
 * charts. They load as a module of their own once the valley has drawn, into the side column,
 * which keeps its width meanwhile, so nothing on screen moves.
 */
export class Companions {
  readonly chart: ChartCard;
  readonly panel: Panel;
  private readonly listen = new ListenCard();
  /** What draws each frame's presentation, in order. */
  readonly widgets: readonly Widget[];

  constructor(layout: Layout, actions: PlaygroundActions, store: Store<Settings>, notify: (message: string) => void) {
    const id = `lrp-${Math.random().toString(36).slice(2, 10)}`;
    const stability = new StabilityCard((lr) => actions.useRate(lr));
    const narration = new Narration(actions);
    const data = new DataCard();
    this.chart = new ChartCard(
      (tab) => actions.chooseTab(tab),
      (lr) => actions.useRate(lr),
      `${id}-chart`,
    );
    this.panel = new Panel(store, { notify });
    // lil-gui's own styles, then the companions' (which theme lil-gui), before any of them is shown.
    adoptStyles(layout.root, guiStyles);
    adoptStyles(layout.root, companionStyles);
    // In the order they are read, on screen and by the keyboard: the data a valley is made of
    // first; in a guided lesson, its questions and the walk-through they point to next.
    layout.side.prepend(data.element);
    const after = [this.chart.element, this.panel.element, this.listen.element, stability.element];
    if (layout.extra) layout.extra.element.after(narration.element);
    else after.push(narration.element);
    layout.readouts.element.after(...after);
    // Parts a page embedding the playground may style through its shadow root (`::part(chart)`).
    const parts: [HTMLElement, string][] = [
      [this.chart.element, 'chart card'],
      [stability.element, 'stability card'],
      [narration.element, 'narration card'],
      [data.element, 'data card'],
      [this.panel.element, 'panel card'],
    ];
    for (const [element, part] of parts) element.setAttribute('part', part);
    this.widgets = [stability, data, narration, this.chart, this.listen];
  }

  /** Follows a change of settings made elsewhere (the rate bar, a key, the URL). */
  sync(settings: Settings): void {
    this.panel.sync(settings);
  }

  setTheme(theme: Theme['name']): void {
    this.chart.loss.setTheme(theme);
  }

  destroy(): void {
    this.chart.destroy();
    this.listen.destroy();
    this.panel.destroy();
  }
}
