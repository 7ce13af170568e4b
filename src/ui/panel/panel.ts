import GUI, { type Controller } from 'lil-gui';
import { html } from '../../dom/dom';
import type { Landmark } from '../../state/landmarks';
import { panelGroups, panelStructure, type PanelControl, type PanelGroup } from '../../state/panelLayout';
import type { Presentation } from '../../state/present';
import { LR_SLIDER, type Settings } from '../../state/settings';
import type { Store } from '../../state/store';
import { Controls } from './controls';
import { FormulaEditor } from './formulaEditor';

/** What the panel's playback buttons do. */
export interface PanelActions {
  togglePlay(): void;
  step(): void;
  reset(): void;
  isPlaying(): boolean;
  /** Reports a typed value that was refused. */
  notify(message: string): void;
}

/**
 * The lil-gui panel, built from the groups of `state/panelLayout`. Controllers write to the store
 * only; when the store changes from elsewhere, the panel redraws its values, and rebuilds its
 * controllers when the settings' structure (valley, optimizer, schedule, hikers) changed.
 */
export class Panel {
  readonly element = html('div', { class: 'lrp-panel lrp-card' });
  /** Names the formula's message, unique to this panel. */
  private readonly id = `lrp-${Math.random().toString(36).slice(2, 10)}`;
  private gui: GUI | undefined;
  private controls: Controls | undefined;
  private formula: FormulaEditor | undefined;
  private structure = '';
  /** Which folders are folded, by title: as the layout says at first, then as the reader left them. */
  private readonly folded = new Map<string, boolean>();
  private play: { controller: Controller; label: string } | undefined;
  private readonly marks = html('div', { class: 'lrp-rate-marks', 'aria-hidden': 'true' });
  private marksShown: readonly Landmark[] | undefined;

  constructor(
    private readonly store: Store<Settings>,
    private readonly actions: PanelActions,
  ) {
    this.sync(store.get());
  }

  /** Redraws values, or rebuilds the controllers when the settings' structure changed. */
  sync(settings: Settings): void {
    if (panelStructure(settings) !== this.structure) this.build(settings);
    else this.controls?.refresh();
  }

  /** Follows the frame: the landmarks on the rate slider, and the play button's word. */
  update({ rateMarks, snapshot }: Presentation): void {
    if (rateMarks !== this.marksShown) {
      this.marksShown = rateMarks;
      this.setRateMarks(rateMarks);
    }
    const label = snapshot.playing ? '❚❚ Pause' : '▶ Play';
    if (this.play && this.play.label !== label) {
      this.play.label = label;
      this.play.controller.name(label);
    }
  }

  private build(settings: Settings): void {
    const scroll = this.element.scrollTop;
    this.teardown();
    this.structure = panelStructure(settings);
    const controls = new Controls(this.store, this.actions.notify);
    this.controls = controls;
    const gui = new GUI({ container: this.element, injectStyles: false, title: 'Settings', width: 0 });
    this.gui = gui;
    for (const group of panelGroups(settings)) {
      const folder = this.folder(gui, group);
      for (const control of group.controls) this.add(folder, controls, control);
    }
    this.element.scrollTop = scroll;
  }

  private folder(gui: GUI, group: PanelGroup): GUI {
    const folder = gui.addFolder(group.title);
    // With minimal controls, the essential group is all the panel shows.
    if (group.essential) folder.domElement.classList.add('lrp-essential');
    if (this.folded.get(group.title) ?? group.closed) folder.close();
    folder.onOpenClose(() => this.folded.set(group.title, folder.domElement.classList.contains('closed')));
    return folder;
  }

  private add(folder: GUI, controls: Controls, control: PanelControl): void {
    switch (control.kind) {
      case 'number': {
        const c = controls.number(folder, control.field, control.unset);
        if (control.label) c.name(control.label);
        if (control.disabled) c.disable();
        return;
      }
      case 'slider':
        controls.slider(folder, control.field);
        return;
      case 'log-slider': {
        const c = controls.logSlider(folder, control.field, control.min, control.max);
        if (control.label) c.name(control.label);
        if (control.disabled) c.disable();
        if (control.marks) {
          c.domElement.classList.add('lrp-lr');
          c.$widget.append(this.marks);
        }
        return;
      }
      case 'choice':
        controls.choice(folder, control.field, control.options);
        return;
      case 'checkbox':
        controls.checkbox(folder, control.field);
        return;
      case 'list':
        controls.list(folder, control.field, control.label, control.emptyClears);
        return;
      case 'formula':
        this.formula = new FormulaEditor(folder, controls, `${this.id}-formula`);
        return;
      case 'action': {
        const run = { togglePlay: () => this.actions.togglePlay(), step: () => this.actions.step(), reset: () => this.actions.reset() }[control.action];
        const label = control.action === 'togglePlay' && this.actions.isPlaying() ? '❚❚ Pause' : control.label;
        const controller = folder.add({ [control.action]: run }, control.action).name(label);
        if (control.action === 'togglePlay') this.play = { controller, label };
        return;
      }
    }
  }

  /** Marks landmark rates (critical, optimal, no overshoot) on the learning-rate slider. */
  private setRateMarks(landmarks: readonly Landmark[]): void {
    const [lo, hi] = [Math.log10(LR_SLIDER.min), Math.log10(LR_SLIDER.max)];
    this.marks.replaceChildren(
      ...landmarks
        .filter((l) => l.value >= LR_SLIDER.min && l.value <= LR_SLIDER.max)
        .map((l) => html('span', { 'data-kind': l.kind, title: l.title, style: `left: ${(((Math.log10(l.value) - lo) / (hi - lo)) * 100).toFixed(2)}%` })),
    );
  }

  private teardown(): void {
    this.formula?.destroy();
    this.formula = undefined;
    this.play = undefined;
    this.gui?.destroy();
  }

  destroy(): void {
    this.teardown();
  }
}
