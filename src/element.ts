// Pixi compiles its uniform uploads with `new Function` unless this is loaded: without it, a page
// whose Content-Security-Policy forbids 'unsafe-eval' would get no picture.
import 'pixi.js/unsafe-eval';
import { PauseHolds } from './embed/holds';
import { Poster } from './embed/poster';
import { IdleQueue, idleScheduler } from './embed/idleQueue';
import { SceneBudget } from './embed/sceneBudget';
import { createPlayground, type ExportOptions, type Playground } from './playground';
import { settingKeys } from './state/schema';
import { quote, decodeSettings } from './state/url';
import { adoptStyles } from './dom/dom';

const THEMES = ['auto', 'light', 'dark'] as const;
type ThemeChoice = (typeof THEMES)[number];

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

/** The setting attributes (the URL keys); `theme` is the element's own. */
const KEYS = settingKeys();
const known = (name: string): boolean => KEYS.includes(name) || name === 'theme' || name === 'poster' || GLOBAL_ATTRIBUTES.has(name) || /^(aria-|data-|on)/.test(name);

const HOST_STYLES = `
:host {
  display: block;
  position: relative;
  height: 600px;
  contain: content;
}
:host([hidden]) {
  display: none;
}
:host([data-layout='stacked']) {
  height: auto;
}
.lrp-poster {
  position: absolute;
  inset: 0;
  z-index: 1;
  width: 100%;
  height: 100%;
  object-fit: contain;
  border-radius: 10px;
  background: #f7f6f1;
  pointer-events: none;
}
.lrp-poster[hidden] {
  display: none;
}
.lrp-waiting {
  display: grid;
  place-items: center;
  height: 100%;
  min-height: 240px;
  border-radius: 10px;
  background: #f7f6f1;
  color: #5f6573;
  font: 15px system-ui, sans-serif;
}
@media (prefers-color-scheme: dark) {
  .lrp-waiting,
  .lrp-poster {
    background: #15171d;
    color: #a3a9b6;
  }
}
`;

/**
 * `<lr-playground>`: the playground as a guest in someone else's page. Its attributes are the
 * playground's URL keys (same names, same validation) plus `theme`; changes apply live. It starts
 * when it comes near the viewport, pauses out of sight or in a hidden tab, never touches the
 * page's URL or globals, and gives back everything it made, WebGL context included, when removed.
 *
 * Methods `play()`, `pause()`, `step()`, `reset()`; events `step` (detail `{ step, loss }`) and
 * `statuschange` (detail `{ status }`); the element carries `data-status`, `data-step`,
 * `data-loss`, `data-lr` and, where defined, `data-critical-lr`.
 */
export class LrPlayground extends HTMLElement {
  static readonly observedAttributes = [...KEYS, 'theme', 'poster'];

  /** The page's budget of live WebGL scenes, shared by its playgrounds. */
  static readonly #scenes = new SceneBudget<LrPlayground>(SCENE_LIMITS);

  /**
   * Playgrounds built in the page's idle time, one per idle moment, before they are scrolled to
   * (their DOM, panel and runs, not their WebGL scene): scrolling to one has only its scene left to make.
   */
  static readonly #early = new IdleQueue(idleScheduler(IDLE_BUILD_TIMEOUT_MS));

  readonly #root: HTMLElement;
  /** The `poster` picture, shown until the scene has drawn. */
  readonly #poster = new Poster();
  #playground: Playground | undefined;
  #starting: Promise<void> | undefined;
  /** Commands given before the playground existed, run once it does. */
  #queued: ((playground: Playground) => void)[] = [];
  #near = false;
  /** Why the walk is paused on the reader's behalf; it resumes when none is left. */
  readonly #holds = new PauseHolds<'away' | 'hidden'>();
  #observers: { near?: IntersectionObserver; size?: ResizeObserver } = {};
  readonly #onVisibility = (): void => this.#hold('hidden', document.visibilityState === 'hidden');

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    this.#root = document.createElement('div');
    this.#root.setAttribute('part', 'playground');
    shadow.append(this.#root, this.#poster.element);
    adoptStyles(this.#root, HOST_STYLES);
  }

  connectedCallback(): void {
    this.setAttribute('data-playground', '');
    if (!this.#playground && !this.#starting) this.#showWaiting();
    this.#observers.near ??= new IntersectionObserver((entries) => this.#onNear(entries.at(-1)?.isIntersecting ?? false), { rootMargin: NEAR_MARGIN });
    this.#observers.near.observe(this);
    this.#observers.size ??= new ResizeObserver(() => this.#layout());
    this.#observers.size.observe(this);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#onVisibility();
    if (!this.#playground && !this.#starting) {
      LrPlayground.#early.add(() => {
        if (this.isConnected && !this.#playground) void this.#start();
      });
    }
  }

  disconnectedCallback(): void {
    // Moving the element fires this too: only an element that stays out of the page is torn down.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (name === 'poster') return this.#poster.set(value);
    const playground = this.#playground;
    if (!playground || previous === value) return;
    if (name === 'theme') {
      const { choice, notices } = this.#theme();
      playground.setTheme(choice);
      this.#notify(notices);
      return;
    }
    // A removed or structural key re-reads every attribute; any other applies to the current settings.
    const { settings, notices } = value === null || STRUCTURAL.has(name) ? decodeSettings(this.#entries()) : decodeSettings([[name, value]], playground.store.get());
    playground.store.update(() => settings);
    this.#notify(notices);
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

  /** The setting attributes, in the order they were written. */
  #entries(): [string, string][] {
    return [...this.attributes].filter((a) => KEYS.includes(a.name)).map((a) => [a.name, a.value]);
  }

  /** The `theme` attribute's choice, `auto` with a notice when its value is not one. */
  #theme(): { choice: ThemeChoice; notices: string[] } {
    const value = this.getAttribute('theme') ?? 'auto';
    if ((THEMES as readonly string[]).includes(value)) return { choice: value as ThemeChoice, notices: [] };
    return { choice: 'auto', notices: [`Ignored theme=${quote(value)}: it must be one of ${THEMES.join(', ')}.`] };
  }

  #notify(notices: readonly string[]): void {
    if (notices.length) this.#playground?.notify(notices);
  }

  #showWaiting(): void {
    const waiting = document.createElement('div');
    waiting.className = 'lrp-waiting';
    waiting.textContent = 'Learning-rate playground';
    this.#root.replaceChildren(waiting);
  }

  #layout(): void {
    const stacked = this.clientWidth > 0 && this.clientWidth <= STACKED_BELOW_PX;
    if (stacked !== (this.dataset.layout === 'stacked')) {
      if (stacked) this.dataset.layout = 'stacked';
      else delete this.dataset.layout;
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
    const { settings, notices } = decodeSettings(this.#entries());
    const unknown = [...this.attributes].filter((a) => !known(a.name));
    const theme = this.#theme();
    this.#root.replaceChildren();
    const playground = await createPlayground(this.#root, {
      settings,
      notices: [...notices, ...unknown.map((a) => `Ignored ${quote(a.name)}: not a setting of this playground.`), ...theme.notices],
      theme: theme.choice,
      host: this,
      deferScene: true,
      onStep: (step, loss) => this.dispatchEvent(new CustomEvent('step', { detail: { step, loss } })),
      onStatusChange: (status) => this.dispatchEvent(new CustomEvent('statuschange', { detail: { status } })),
      onSceneLost: () => this.#onSceneLost(),
    });
    if (!this.isConnected) {
      playground.destroy();
      return;
    }
    this.#playground = playground;
    for (const run of this.#queued.splice(0)) run(playground);
    this.#holdNow();
    if (this.#near) await this.#acquireScene();
  }

  /** Takes a WebGL scene, giving back the scenes of playgrounds far from view if too many are live. */
  async #acquireScene(): Promise<void> {
    const playground = this.#playground;
    if (!playground) return;
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

  #teardown(): void {
    this.#observers.near?.disconnect();
    this.#observers.size?.disconnect();
    this.#observers = {};
    document.removeEventListener('visibilitychange', this.#onVisibility);
    LrPlayground.#scenes.drop(this);
    this.#playground?.destroy();
    this.#playground = undefined;
    this.#queued = [];
    this.#holds.clear();
  }
}

if (!customElements.get('lr-playground')) customElements.define('lr-playground', LrPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'lr-playground': LrPlayground;
  }
}
