// Pixi compiles its uniform uploads with `new Function` unless this is loaded: without it, a page
// whose Content-Security-Policy forbids 'unsafe-eval' would get no picture.
import 'pixi.js/unsafe-eval';
import type { RunStatus } from './core';
import { themeFromColorScheme, watchColorScheme } from './embed/colorScheme';
import guestStyles from './embed/guest.css?inline';
import { PauseHolds } from './embed/holds';
import { Poster } from './embed/poster';
import { IdleQueue, idleScheduler } from './embed/idleQueue';
import { keepKeysHome } from './embed/keys';
import { keepForPaper, watchPrinting, type PrintWatch } from './embed/paper';
import { attributeOf, attributeText, propertyValue, settingOfAttribute, settingProperties } from './embed/properties';
import { SceneBudget } from './embed/sceneBudget';
import type { LrPlaygroundSettings, ThemeAttribute } from './embed/settingTypes';
import { adoptStyles } from './dom/dom';
import { createPlayground, type ExportOptions, type Playground } from './playground';
import type { Settings } from './state/settings';
import { formulasLoaded, loadFormulas } from './state/surface';
import { quote, decodeSettings, needsFormulas } from './state/url';

export type { LrPlaygroundSettings, RaceEntry, SettingKey, ThemeAttribute } from './embed/settingTypes';

const THEMES: readonly ThemeAttribute[] = ['auto', 'light', 'dark'];

/** Keys that change what every other key means: a change of one re-reads all the attributes. */
const STRUCTURAL = new Set(['scene', 'surface', 'optimizer', 'schedule', 'mode']);

/** How long a waiting playground's early build may wait for an idle moment. */
const IDLE_BUILD_TIMEOUT_MS = 2000;

/** Below this width the playground stacks into one column and takes the height it needs (as `styles.css`'s container query). */
const STACKED_BELOW_PX = 760;

/** Live WebGL scenes across every playground of the page: see {@link SceneBudget}. */
const SCENE_LIMITS = { nearby: 8, inView: 12 } as const;

/** How near the viewport a playground starts (and is counted as near). */
const NEAR_MARGIN = '200px 0px';

/** Attributes every element may carry, which are not settings and are never reported. */
const GLOBAL_ATTRIBUTES = new Set([
  'accesskey', 'autocapitalize', 'autofocus', 'class', 'contenteditable', 'dir', 'draggable', 'enterkeyhint', 'exportparts',
  'hidden', 'id', 'inert', 'inputmode', 'is', 'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype', 'lang', 'nonce',
  'part', 'popover', 'role', 'slot', 'spellcheck', 'style', 'tabindex', 'title', 'translate',
]);

const known = (name: string): boolean => settingOfAttribute(name) !== undefined || name === 'theme' || name === 'poster' || GLOBAL_ATTRIBUTES.has(name) || /^(aria-|data-|on)/.test(name);

/**
 * What a playground shows: its status, `idle` before the first play, then `playing`, `paused` or
 * how its run ended. With several hikers (a fan, a race), the group's: once all have stopped, the
 * outcome they share, or `stopped` when their outcomes differ.
 */
export type PlaygroundStatus = 'idle' | 'playing' | 'paused' | RunStatus | 'stopped';

/** The events of `<lr-playground>`, with their details. Neither bubbles. */
export interface LrPlaygroundEventMap extends HTMLElementEventMap {
  /** The step shown changed: the followed hiker's step and its loss there. */
  step: CustomEvent<{ step: number; loss: number }>;
  /** The status changed. */
  statuschange: CustomEvent<{ status: PlaygroundStatus }>;
}

/** What a playground taken out of the page keeps, to be the same playground when it is put back. */
interface Kept {
  readonly settings: Settings;
  readonly step: number;
  readonly playing: boolean;
}

/**
 * `<lr-playground>`: the playground as a guest in someone else's page. Its attributes are the
 * playground's URL keys (same names in lower case, same validation) plus `theme`, and each has a
 * property of the same name (`lr`, `weightDecay`, `theme`), set before or after the element is
 * defined; changes apply live. It starts when it comes near the viewport, pauses out of sight or
 * in a hidden tab, never touches the page's URL or globals, keeps the keys it uses, and gives back
 * everything it made, WebGL context included, when removed; put back, it is the same playground.
 *
 * Methods `play()`, `pause()`, `step()`, `reset()`, `notify(message)`; events `step` (detail
 * `{ step, loss }`) and `statuschange` (detail `{ status }`); the element carries `data-status`,
 * `data-step`, `data-loss`, `data-lr` and, where defined, `data-critical-lr`.
 */
// Merged with the interface below, which declares the setting properties the static block defines.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LrPlayground extends HTMLElement {
  static readonly observedAttributes: readonly string[] = [...settingProperties.map(attributeOf), 'theme', 'poster'];

  /** The page's budget of live WebGL scenes, shared by its playgrounds. */
  static readonly #scenes = new SceneBudget<LrPlayground>(SCENE_LIMITS);

  /**
   * Playgrounds built in the page's idle time, one per idle moment, before they are scrolled to
   * (their DOM, panel and runs, not their WebGL scene): scrolling to one has only its scene left to make.
   */
  static readonly #early = new IdleQueue(idleScheduler(IDLE_BUILD_TIMEOUT_MS));

  static {
    // One property per setting, mirroring its attribute (see LrPlaygroundSettings).
    for (const key of settingProperties) {
      Object.defineProperty(this.prototype, key, {
        configurable: true,
        enumerable: true,
        get(this: LrPlayground) {
          return propertyValue(this.#settingsNow(), key);
        },
        set(this: LrPlayground, value: unknown) {
          this.#setSetting(key, value);
        },
      });
    }
  }

  readonly #root: HTMLElement;
  /** The `poster` picture, shown until the scene has drawn. */
  readonly #poster = new Poster();
  #playground: Playground | undefined;
  #starting: Promise<void> | undefined;
  /** Commands given before the playground existed, run once it does. */
  #queued: ((playground: Playground) => void)[] = [];
  #near = false;
  /** Whether the page is printing (or previewing print), while the element is in the page. */
  #print: PrintWatch | undefined;
  /** The settings, step and walk of a playground taken out of the page, until it is put back. */
  #kept: Kept | undefined;
  /** The last step and status announced, so that a rebuilt playground does not announce them twice. */
  #announced: { step?: number; status?: string } = {};
  /** Why the walk is paused on the reader's behalf; it resumes when none is left. */
  readonly #holds = new PauseHolds<'away' | 'hidden'>();
  #observers: { near?: IntersectionObserver; size?: ResizeObserver } = {};
  /** What connecting started, undone when the element leaves the page. */
  #connections: (() => void)[] = [];
  readonly #onVisibility = (): void => this.#hold('hidden', document.visibilityState === 'hidden');

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    this.#root = document.createElement('div');
    this.#root.setAttribute('part', 'playground');
    shadow.append(this.#root, this.#poster.element);
    adoptStyles(this.#root, guestStyles);
    keepKeysHome(this);
    this.#upgradeProperties();
  }

  connectedCallback(): void {
    this.setAttribute('data-playground', '');
    if (!this.#playground && !this.#starting) this.#showWaiting();
    this.#observers.near ??= new IntersectionObserver((entries) => this.#onNear(entries.at(-1)?.isIntersecting ?? false), { rootMargin: NEAR_MARGIN });
    this.#observers.near.observe(this);
    this.#observers.size ??= new ResizeObserver(() => this.#layout());
    this.#observers.size.observe(this);
    if (this.#connections.length === 0) this.#connect();
    this.#onVisibility();
    if (!this.#playground && !this.#starting) {
      LrPlayground.#early.add(() => {
        if (this.isConnected && !this.#playground) void this.#start();
      });
    }
  }

  disconnectedCallback(): void {
    // Moving the element fires this too: only an element that stays out of the page is taken down.
    queueMicrotask(() => {
      if (!this.isConnected) this.#park();
    });
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (name === 'poster') return this.#poster.set(value);
    if (previous === value) return;
    if (name === 'theme') this.#applyTheme(true);
    else this.#applySetting(name, value);
  }

  /** `auto` (the page's `color-scheme`, else the reader's system), `light` or `dark`: the `theme` attribute. */
  get theme(): ThemeAttribute {
    return this.#themeAttribute().choice;
  }

  set theme(value: ThemeAttribute | null | undefined) {
    if (value === null || value === undefined) this.removeAttribute('theme');
    else this.setAttribute('theme', String(value));
  }

  play(): void {
    // Out of sight, it starts walking when it comes back.
    if (this.#holds.play()) this.#command((p) => p.play());
  }

  pause(): void {
    this.#holds.pause();
    this.#command((p) => p.pause());
  }

  step(): void {
    this.#command((p) => p.step());
  }

  reset(): void {
    this.#command((p) => p.reset());
  }

  /** Shows a message in the playground, as it shows one about a bad attribute. */
  notify(message: string): void {
    this.#command((p) => p.notify([message]));
  }

  /**
   * The scene as a file, as the Export menu makes it: `png`, `gif`, `mp4`, `webm`, `csv` or `json`
   * (see the README's Export section for the options). Waits for the playground to be built.
   */
  toBlob(format: string, options?: ExportOptions): Promise<Blob> {
    return new Promise((resolve, reject) => this.#command((p) => p.toBlob(format, options).then(resolve, reject)));
  }

  #command(run: (playground: Playground) => void): void {
    if (this.#playground) run(this.#playground);
    else this.#queued.push(run);
  }

  /**
   * Properties a page set on the element before its definition loaded (a framework rendering it
   * early, a script that ran first) sit on the instance and hide the class's: take them over.
   */
  #upgradeProperties(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const key of [...settingProperties, 'theme']) {
      if (!Object.hasOwn(this, key)) continue;
      const value = self[key];
      delete self[key];
      self[key] = value;
    }
  }

  /** The settings in force: the playground's, a removed one's, or the attributes' before it is built. */
  #settingsNow(): Settings {
    return this.#playground?.store.get() ?? this.#kept?.settings ?? decodeSettings(this.#entries()).settings;
  }

  /** A setting property was set: its attribute follows, and the value applies even if the attribute had it already. */
  #setSetting(key: string, value: unknown): void {
    const name = attributeOf(key);
    const text = attributeText(key, value);
    if (text === null) this.removeAttribute(name);
    else if (this.getAttribute(name) !== text) this.setAttribute(name, text);
    else this.#applySetting(name, text);
  }

  /** A setting's attribute changed: a removed or structural key re-reads every attribute; any other applies to the current settings. */
  #applySetting(name: string, value: string | null): void {
    const key = settingOfAttribute(name);
    const current = this.#playground?.store.get() ?? this.#kept?.settings;
    if (!key || !current) return;
    // A formula is read once the reader has loaded; the attribute is applied then.
    if (!formulasLoaded() && needsFormulas(this.#entries())) {
      void loadFormulas().then(() => this.#applySetting(name, this.getAttribute(name)));
      return;
    }
    const { settings, notices } = value === null || STRUCTURAL.has(key) ? decodeSettings(this.#entries()) : decodeSettings([[key, value]], current);
    if (this.#playground) this.#playground.store.update(() => settings);
    else if (this.#kept) this.#kept = { ...this.#kept, settings };
    if (notices.length) this.#command((p) => p.notify(notices));
  }

  /** The setting attributes, in the order they were written, under their keys. */
  #entries(): [string, string][] {
    return [...this.attributes].flatMap((a): [string, string][] => {
      const key = settingOfAttribute(a.name);
      return key ? [[key, a.value]] : [];
    });
  }

  /** The `theme` attribute's choice, `auto` with a notice when its value is not one. */
  #themeAttribute(): { choice: ThemeAttribute; notices: string[] } {
    const value = this.getAttribute('theme') ?? 'auto';
    if ((THEMES as readonly string[]).includes(value)) return { choice: value as ThemeAttribute, notices: [] };
    return { choice: 'auto', notices: [`Ignored theme=${quote(value)}: it must be one of ${THEMES.join(', ')}.`] };
  }

  /** The theme to show: as chosen, or for `auto`, the one the page's `color-scheme` names alone (else the system's). */
  #themeNow(): ThemeAttribute {
    const { choice } = this.#themeAttribute();
    return choice === 'auto' && this.isConnected ? themeFromColorScheme(getComputedStyle(this).colorScheme) : choice;
  }

  /** Shows the theme of the moment; `explain`: say so if the attribute's value is not a theme. */
  #applyTheme(explain = false): void {
    const theme = this.#themeNow();
    const waiting = this.#root.querySelector<HTMLElement>('.lrp-waiting');
    if (waiting) waiting.dataset.theme = theme;
    this.#playground?.setTheme(theme);
    const { notices } = this.#themeAttribute();
    if (explain && notices.length) this.#command((p) => p.notify(notices));
  }

  #showWaiting(): void {
    const waiting = document.createElement('div');
    waiting.className = 'lrp-waiting';
    waiting.textContent = 'Learning-rate playground';
    this.#root.replaceChildren(waiting);
    this.#applyTheme();
  }

  #layout(): void {
    if (!this.#print?.onPaper) keepForPaper(this, this.#root);
    const stacked = this.clientWidth > 0 && this.clientWidth <= STACKED_BELOW_PX;
    if (stacked !== (this.dataset.layout === 'stacked')) {
      if (stacked) this.dataset.layout = 'stacked';
      else delete this.dataset.layout;
    }
  }

  /** Listens, while in the page, for what it follows there: the tab's visibility, the page's colour scheme, printing. */
  #connect(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    const print = watchPrinting((printing) => this.#onPrint(printing));
    this.#print = print;
    this.#connections = [() => document.removeEventListener('visibilitychange', this.#onVisibility), () => print.dispose(), watchColorScheme(this, () => this.#applyTheme())];
  }

  /**
   * Printing: a live WebGL canvas may print blank (printing lays the page out again and clears it),
   * so the scene gives way to its still picture, and comes back after.
   */
  #onPrint(printing: boolean): void {
    if (printing) {
      LrPlayground.#scenes.drop(this);
      this.#playground?.releaseScene();
    } else if (this.#near) {
      void this.#acquireScene();
    }
  }

  #onNear(near: boolean): void {
    this.#near = near;
    this.#hold('away', !near);
    if (!near) return;
    if (this.#playground) void this.#acquireScene();
    else void this.#start();
  }

  #start(): Promise<void> {
    this.#starting ??= this.#create().finally(() => {
      this.#starting = undefined;
    });
    return this.#starting;
  }

  async #create(): Promise<void> {
    const kept = this.#kept;
    if (!kept && needsFormulas(this.#entries())) await loadFormulas();
    const { settings, notices } = kept ? { settings: kept.settings, notices: [] } : decodeSettings(this.#entries());
    const unknown = kept ? [] : [...this.attributes].filter((a) => !known(a.name));
    const theme = this.#themeAttribute();
    this.#root.replaceChildren();
    const playground = await createPlayground(this.#root, {
      settings,
      notices: [...notices, ...unknown.map((a) => `Ignored ${quote(a.name)}: not a setting of this playground.`), ...(kept ? [] : theme.notices)],
      theme: this.#themeNow(),
      host: this,
      deferScene: true,
      onStep: (step, loss) => this.#announce('step', { step, loss }),
      onStatusChange: (status) => this.#announce('statuschange', { status: status as PlaygroundStatus }),
      onSceneLost: () => this.#onSceneLost(),
    });
    if (!this.isConnected) {
      playground.destroy();
      return;
    }
    this.#playground = playground;
    this.#kept = undefined;
    if (kept && kept.step > 0) playground.scrub(kept.step);
    if (kept?.playing) this.play();
    for (const run of this.#queued.splice(0)) run(playground);
    this.#holdNow();
    if (this.#near) await this.#acquireScene();
  }

  /** Dispatches a step or a status change, unless it is the one announced last (a playground rebuilt after a move). */
  #announce<K extends 'step' | 'statuschange'>(type: K, detail: LrPlaygroundEventMap[K]['detail']): void {
    const value = 'step' in detail ? detail.step : detail.status;
    const last = type === 'step' ? this.#announced.step : this.#announced.status;
    if (value === last) return;
    this.#announced = type === 'step' ? { ...this.#announced, step: value as number } : { ...this.#announced, status: value as string };
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /** Takes a WebGL scene, giving back the scenes of playgrounds far from view if too many are live. */
  async #acquireScene(): Promise<void> {
    const playground = this.#playground;
    if (!playground || this.#print?.printing) return;
    for (const other of LrPlayground.#scenes.take(this, (e) => e.#near)) other.#playground?.releaseScene();
    await playground.acquireScene();
    if (playground.hasScene) this.#poster.done();
  }

  /** The browser took this playground's context: a new one when it is in view, else when it comes back. */
  #onSceneLost(): void {
    LrPlayground.#scenes.drop(this);
    if (this.#near) setTimeout(() => void this.#acquireScene(), 0);
  }

  /** Pauses a walking playground for `reason`, or resumes it once no reason is left. */
  #hold(reason: 'away' | 'hidden', on: boolean): void {
    this.#holds.set(reason, on);
    this.#holdNow();
  }

  #holdNow(): void {
    const playground = this.#playground;
    if (!playground) return;
    const action = this.#holds.decide(playground.playing);
    if (action === 'pause') playground.pause();
    else if (action === 'play') playground.play();
  }

  /** Out of the page for good (not just moved): keeps what it showed, and gives back everything it made. */
  #park(): void {
    const playground = this.#playground;
    if (playground) this.#kept = { settings: playground.store.get(), step: playground.shownStep, playing: playground.playing || this.#holds.resuming };
    this.#observers.near?.disconnect();
    this.#observers.size?.disconnect();
    this.#observers = {};
    for (const undo of this.#connections.splice(0)) undo();
    LrPlayground.#scenes.drop(this);
    playground?.destroy();
    this.#playground = undefined;
    this.#near = false;
    this.#print = undefined;
    this.#holds.clear();
  }
}

// As TypeScript sees them: the setting properties, which the class's static block defines on the
// prototype, and the element's own events with their details.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface LrPlayground extends LrPlaygroundSettings {
  addEventListener<K extends keyof LrPlaygroundEventMap>(type: K, listener: (this: LrPlayground, event: LrPlaygroundEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof LrPlaygroundEventMap>(type: K, listener: (this: LrPlayground, event: LrPlaygroundEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

if (!customElements.get('lr-playground')) customElements.define('lr-playground', LrPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'lr-playground': LrPlayground;
  }
}
