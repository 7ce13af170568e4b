import GUI from 'lil-gui';
import { html } from '../../dom/dom';
import { panelGroups, panelStructure, type PanelControl, type PanelGroup } from '../../state/panelLayout';
import type { Settings } from '../../state/settings';
import type { Store } from '../../state/store';
import { focusedElement } from '../dialog';
import { Controls } from './controls';
import { FormulaEditor } from './formulaEditor';

/** What the panel asks of the playground. */
export interface PanelActions {
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

  private build(settings: Settings): void {
    const scroll = this.element.scrollTop;
    const focus = this.focusedPart();
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
    // Each controller says which setting it edits, so focus can find it again after a rebuild.
    for (const controller of gui.controllersRecursive()) controller.domElement.dataset.key = controller.property;
    // A choice's shown text repeats its select's value, which assistive technology reads already.
    for (const display of this.element.querySelectorAll('.lil-option .lil-display')) display.setAttribute('aria-hidden', 'true');
    this.element.scrollTop = scroll;
    if (focus) this.element.querySelector<HTMLElement>(focus)?.focus();
  }

  /**
   * Where focus is in the panel, as a selector that finds the same control after a rebuild: a
   * choice that changes the valley or the optimizer rebuilds the panel, and the learner's focus
   * must stay on the menu they were using.
   */
  private focusedPart(): string | undefined {
    const focused = focusedElement();
    if (!focused || !this.element.contains(focused)) return undefined;
    const folder = (focused as HTMLElement).dataset.folder;
    if (folder !== undefined) return `[data-folder="${CSS.escape(folder)}"]`;
    const key = focused.closest<HTMLElement>('[data-key]')?.dataset.key;
    if (key === undefined) return undefined;
    const tag = focused.tagName.toLowerCase();
    return `[data-key="${CSS.escape(key)}"] ${tag}`;
  }

  private folder(gui: GUI, group: PanelGroup): GUI {
    const folder = gui.addFolder(group.title);
    folder.$title.dataset.folder = group.title;
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
    }
  }

  private teardown(): void {
    this.formula?.destroy();
    this.formula = undefined;
    this.gui?.destroy();
  }

  destroy(): void {
    this.teardown();
  }
}
