import GUI, { type Controller } from 'lil-gui';
import { inRange, DEFAULT_GRAD_NORM_BELOW, DEFAULT_LOSS_MARGIN, FUNCTION_NAMES, getOptimizer, optimizerIds, scheduleIds, schedules, surfaceIds, surfaces, formatTick } from '../core';
import {
  autoplayField,
  chartField,
  fanCountField,
  fanRatesField,
  fanSpreadField,
  hyperFields,
  lrField,
  modeField,
  presenterField,
  racersField,
  noiseField,
  samplingField,
  scheduleField,
  scheduleParamFields,
  seedField,
  speedField,
  stepsField,
  stopFields,
  surfaceField,
  surfaceOf,
  surfaceParamFields,
  optimizerField,
  formulaField,
  type Field,
} from '../state/schema';
import { FORMULA, FORMULA_EXAMPLES } from '../state/formulas';
import { formulaSurface, madeFromData } from '../state/valley';
import { LR_SLIDER, roundRate, type Settings } from '../state/settings';
import type { Store } from '../state/store';
import { fieldText, parseValue } from '../state/url';
import { html, setAttributes } from '../dom/dom';
import type { Landmark } from '../state/landmarks';
import type { Presentation } from '../state/present';

/** What the panel's playback buttons do. */
export interface PanelActions {
  togglePlay(): void;
  step(): void;
  reset(): void;
  isPlaying(): boolean;
  /** Reports a typed value that was refused. */
  notify(message: string): void;
}


type Model = Record<string, number | string | boolean>;

/** How long typing must pause before a formula that parses becomes the valley. */
const FORMULA_PAUSE_MS = 400;

/** Numbers the formula messages, so that each input names its own (`aria-describedby`). */
let messageIds = 0;

/** The settings' structure: when it changes, the panel's controllers change too. */
const structureOf = (s: Settings): string => `${s.surface}|${s.optimizer}|${s.schedule}|${s.mode}|${Boolean(s.fanRates)}`;

/**
 * The lil-gui panel, built from the settings schema. Controllers write to the store only; when
 * the store changes from elsewhere (the URL, the keyboard, a drag), the panel redraws its values.
 */
export class Panel {
  readonly element = html('div', { class: 'lrp-panel lrp-card' });
  private gui: GUI | undefined;
  private model: Model = {};
  private refreshers: (() => void)[] = [];
  private structure = '';
  private closed = new Map<string, boolean>([
    ['Hikers', true],
    ['Noise', true],
    ['Schedule', true],
    ['Stop rules', true],
    ['View', true],
  ]);
  private playButton: Controller | undefined;
  /** A typed formula waiting for a pause in typing to become the valley; dropped with the controllers. */
  private pendingFormula: ReturnType<typeof setTimeout> | undefined;
  private rateSlider: Controller | undefined;
  private marks = html('div', { class: 'lrp-rate-marks', 'aria-hidden': 'true' });
  private marksShown: readonly Landmark[] | undefined;

  constructor(
    private readonly store: Store<Settings>,
    private readonly actions: PanelActions,
  ) {
    this.sync(store.get());
  }

  /** Redraws values, or rebuilds the controllers when the valley, optimizer or schedule changed. */
  sync(settings: Settings): void {
    if (structureOf(settings) !== this.structure) {
      this.build(settings);
      return;
    }
    for (const refresh of this.refreshers) refresh();
  }

  /** Follows the frame: the landmarks on the rate slider, and the play button's word. */
  update({ rateMarks }: Presentation): void {
    if (rateMarks !== this.marksShown) {
      this.marksShown = rateMarks;
      this.setRateMarks(rateMarks);
    }
    this.syncPlaying();
  }

  /** Shows "pause" while playing, "play" otherwise. */
  private syncPlaying(): void {
    const label = this.actions.isPlaying() ? '❚❚ Pause' : '▶ Play';
    if (this.playButton && this.playButton._name !== label) this.playButton.name(label);
  }

  private build(settings: Settings): void {
    const scroll = this.element.scrollTop;
    for (const folder of this.gui?.folders ?? []) this.closed.set(folder._title, folder._closed);
    clearTimeout(this.pendingFormula);
    this.gui?.destroy();
    this.structure = structureOf(settings);
    this.model = {};
    this.refreshers = [];
    const gui = new GUI({ container: this.element, injectStyles: false, title: 'Settings', width: 0 });
    this.gui = gui;

    const rate = this.folder(gui, 'Learning rate');
    // With minimal controls, the learning rate is all the panel shows.
    rate.domElement.classList.add('lrp-essential');
    const exact = this.number(rate, lrField).name(settings.mode === 'race' ? 'learning rate η (each racer has its own)' : 'learning rate η');
    this.rateSlider = this.logSlider(rate, lrField, LR_SLIDER.min, LR_SLIDER.max, 'lrp-lr');
    this.rateSlider.$widget.append(this.marks);
    if (settings.mode === 'race') for (const c of [exact, this.rateSlider]) c.disable();
    this.logSlider(rate, speedField, 0.25, 500).name('speed');
    this.number(rate, speedField).name('speed (steps/s)');

    const hikers = this.folder(gui, 'Hikers');
    this.choice(hikers, modeField, { 'one hiker': 'single', 'a fan of rates': 'fan', 'a race of optimizers': 'race' });
    if (settings.mode === 'fan' && !settings.fanRates) {
      this.slider(hikers, fanCountField);
      this.number(hikers, fanSpreadField);
    }
    if (settings.mode === 'fan') this.list(hikers, fanRatesField, 'rates (comma-separated; empty: spread)');
    if (settings.mode === 'race') this.list(hikers, racersField, 'racers (optimizer:rate, …)');

    const playback = this.folder(gui, 'Playback');
    this.playButton = playback.add({ play: () => this.actions.togglePlay() }, 'play').name('▶ Play');
    playback.add({ step: () => this.actions.step() }, 'step').name('›| Step');
    playback.add({ reset: () => this.actions.reset() }, 'reset').name('↺ Reset');
    this.checkbox(playback, autoplayField);
    this.syncPlaying();

    const valley = this.folder(gui, 'Valley');
    this.choice(valley, surfaceField, {
      ...Object.fromEntries(surfaceIds.map((id) => [`${surfaces[id]?.label} (${surfaces[id]?.dim}-D)`, id])),
      'Your own formula…': FORMULA,
    });
    if (settings.surface === FORMULA) this.formula(valley);
    for (const field of surfaceParamFields(settings)) this.slider(valley, field);
    if (madeFromData(settings)) {
      this.choice(valley, samplingField, { 'all the examples (full batch)': 'full', 'one example at a time (stochastic)': 'stochastic' });
    }

    const optimizer = this.folder(gui, 'Optimizer');
    this.choice(optimizer, optimizerField, Object.fromEntries(optimizerIds.map((id) => [getOptimizer(id).label, id])));
    for (const field of hyperFields(settings)) this.numberOrSlider(optimizer, field);

    const noise = this.folder(gui, 'Noise');
    this.slider(noise, { ...noiseField, max: 20 });
    this.number(noise, seedField);

    const schedule = this.folder(gui, 'Schedule');
    this.choice(schedule, scheduleField, Object.fromEntries(scheduleIds.map((id) => [schedules[id]?.label, id])));
    for (const field of scheduleParamFields(settings)) this.numberOrSlider(schedule, field);

    const stop = this.folder(gui, 'Stop rules');
    this.number(stop, stepsField);
    for (const field of stopFields) this.number(stop, field, () => this.stopDefault(field.key));

    const view = this.folder(gui, 'View');
    this.choice(view, chartField, { 'log scale': 'log', linear: 'linear' });
    this.checkbox(view, presenterField);
    this.element.scrollTop = scroll;
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

  /** A list typed as text (rates, racers), parsed like a URL value; a bad one is refused with a notice. */
  private list(folder: GUI, field: Field, label: string): Controller {
    const key = `${field.key}#text`;
    const text = (s: Settings): string => {
      const value = field.read(s) as readonly unknown[];
      return value.length ? fieldText(field, field.read(s)) : '';
    };
    this.model[key] = text(this.store.get());
    const controller = folder.add(this.model, key).name(label);
    controller.onFinishChange((value: string) => {
      const entry = value.replace(/\s+/g, '');
      if (entry === '' && field === fanRatesField) {
        this.store.update((s) => ({ ...s, fanRates: undefined }));
        return;
      }
      const parsed = parseValue(field, entry, this.store.get());
      if ('error' in parsed) {
        this.actions.notify(`Kept the ${field.label}: ${JSON.stringify(entry)} ${parsed.error}.`);
        this.model[key] = text(this.store.get());
        controller.updateDisplay();
      } else {
        this.store.update((s) => field.write(s, parsed.value));
      }
    });
    this.refreshers.push(() => {
      this.model[key] = text(this.store.get());
      controller.updateDisplay();
    });
    return controller;
  }

  /**
   * The typed valley's formula, checked as it is typed: a formula that parses becomes the valley
   * once typing pauses (or on Enter); one that does not leaves the valley as it was and says why
   * under the field. Below it, examples to pick from.
   */
  private formula(folder: GUI): void {
    const key = `${formulaField.key}#text`;
    let shown = this.store.get().formula;
    this.model[key] = shown;
    const controller = folder.add(this.model, key).name('f(x, y) =');
    controller.domElement.classList.add('lrp-formula');
    const input = controller.domElement.querySelector('input') as HTMLInputElement;
    setAttributes(input, { spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off' });
    const help = `Use x and y, numbers, + − * / ^, ( ), pi, e and ${FUNCTION_NAMES.join(', ')}.`;
    const message = html('p', { class: 'lrp-formula-message', id: `lrp-formula-message-${++messageIds}`, 'aria-live': 'polite' }, help);
    input.setAttribute('aria-describedby', message.id);
    controller.domElement.after(message);
    const exampleKey = `${formulaField.key}#example`;
    const exampleOf = (text: string): string => (FORMULA_EXAMPLES.some((e) => e.formula === text) ? text : '');
    /** Says at once whether the text is a formula; takes it as the valley now, or once typing pauses. */
    const check = (text: string, now = true): void => {
      clearTimeout(this.pendingFormula);
      const result = formulaSurface(text);
      const error = result instanceof Error ? result : undefined;
      input.toggleAttribute('aria-invalid', error !== undefined);
      message.toggleAttribute('data-error', error !== undefined);
      message.textContent = error ? `${error.message} The valley stays as it was.` : help;
      if (error || text === this.store.get().formula) return;
      const take = (): void => {
        shown = text;
        this.model[exampleKey] = exampleOf(text);
        examples.updateDisplay();
        this.store.update((s) => formulaField.write(s, text));
      };
      // While typing, "x^2 + 3" is a formula too: wait for a pause before redrawing the valley.
      if (now) take();
      else this.pendingFormula = setTimeout(take, FORMULA_PAUSE_MS);
    };
    controller.onChange((text: string) => check(text, false));
    controller.onFinishChange((text: string) => check(text));
    this.model[exampleKey] = exampleOf(shown);
    const options = { 'pick one…': '', ...Object.fromEntries(FORMULA_EXAMPLES.map((e) => [e.label, e.formula])) };
    const examples = folder.add(this.model, exampleKey, options).name('examples');
    examples.onChange((text: string) => {
      if (!text) return;
      this.model[key] = text;
      controller.updateDisplay();
      check(text);
    });
    this.refreshers.push(() => {
      const current = this.store.get().formula;
      if (current === shown) return;
      // Changed elsewhere (the URL, an embed's attribute): show it, and drop any error shown.
      shown = current;
      this.model[key] = current;
      this.model[exampleKey] = exampleOf(current);
      controller.updateDisplay();
      examples.updateDisplay();
      check(current);
    });
  }

  /** The value a stop rule has while the user has not set it: the core's default. */
  private stopDefault(key: string): number {
    const settings = this.store.get();
    switch (key) {
      case 'lossBelow':
        return (surfaceOf(settings).minLoss ?? 0) + DEFAULT_LOSS_MARGIN;
      case 'gradNormBelow':
        return DEFAULT_GRAD_NORM_BELOW;
      default:
        return 0;
    }
  }

  /** Linear ranges get a slider; ranges spanning decades a typed number. */
  private numberOrSlider(folder: GUI, field: Field): Controller {
    return field.scale === 'log' ? this.number(folder, field) : this.slider(folder, field);
  }

  private folder(gui: GUI, title: string): GUI {
    const folder = gui.addFolder(title);
    if (this.closed.get(title)) folder.close();
    return folder;
  }

  /** Binds a controller to `field`: the store is the source of truth, the model a mirror of it. */
  private bind(controller: Controller, field: Field, toModel: (s: Settings) => number | string | boolean, fromModel: (v: never) => unknown): Controller {
    controller.name(field.label).onChange((value: never) => {
      const next = fromModel(value);
      if (next === undefined) return;
      this.store.update((s) => field.write(s, next as never));
    });
    this.refreshers.push(() => {
      this.model[controller.property] = toModel(this.store.get());
      controller.updateDisplay();
    });
    this.model[controller.property] = toModel(this.store.get());
    controller.updateDisplay();
    return controller;
  }

  private choice(folder: GUI, field: Field, options: Record<string, string>): Controller {
    this.model[field.key] = String(field.read(this.store.get()));
    return this.bind(folder.add(this.model, field.key, options), field, (s) => String(field.read(s)), (v: string) => v);
  }

  private checkbox(folder: GUI, field: Field): Controller {
    this.model[field.key] = Boolean(field.read(this.store.get()));
    return this.bind(folder.add(this.model, field.key), field, (s) => Boolean(field.read(s)), (v: boolean) => v);
  }

  private slider(folder: GUI, field: Field): Controller {
    this.model[field.key] = Number(field.read(this.store.get()));
    const step = field.integer ? 1 : (field.max! - field.min!) / 200;
    const controller = folder.add(this.model, field.key, field.min, field.maxExclusive ? field.max! - step : field.max, step);
    return this.bind(controller, field, (s) => Number(field.read(s)), (v: number) => v);
  }

  /** A typed number, checked against the field's range; an out-of-range value is put back. */
  private number(folder: GUI, field: Field, fallback?: () => number): Controller {
    const current = (s: Settings): number => {
      const value = Number(field.read(s));
      return Number.isNaN(value) && fallback ? fallback() : value;
    };
    const key = `${field.key}#exact`;
    this.model[key] = current(this.store.get());
    const controller = folder.add(this.model, key);
    return this.bind(controller, field, current, (v: number) => {
      if (inRange(field, v)) return v;
      queueMicrotask(() => {
        this.model[key] = current(this.store.get());
        controller.updateDisplay();
      });
      return undefined;
    });
  }

  /** A slider over log10 of the value, 100 positions per decade, with decade labels below. */
  private logSlider(folder: GUI, field: Field, min: number, max: number, extraClass?: string): Controller {
    const key = `${field.key}#log`;
    const toLog = (s: Settings): number => Math.round(Math.log10(Number(field.read(s))) * 100) / 100;
    this.model[key] = toLog(this.store.get());
    const controller = folder.add(this.model, key, Math.log10(min), Math.log10(max), 0.01);
    controller.domElement.classList.add('lrp-log-slider', ...(extraClass ? [extraClass] : []));
    const [lo, hi] = [Math.log10(min), Math.log10(max)];
    const labels: HTMLElement[] = [];
    for (let e = Math.ceil(lo); e <= Math.floor(hi); e++) {
      labels.push(html('span', { style: `left: ${(((e - lo) / (hi - lo)) * 100).toFixed(2)}%` }, formatTick(10 ** e)));
    }
    controller.$widget.append(html('div', { class: 'lrp-decades', 'aria-hidden': 'true' }, ...labels));
    return this.bind(controller, field, toLog, (v: number) => roundRate(10 ** v)).name(`${field.label} (log slider)`);
  }

  destroy(): void {
    clearTimeout(this.pendingFormula);
    this.gui?.destroy();
  }
}
