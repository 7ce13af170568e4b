import { createCompanionHost } from './app/companionHost';
import { createExportHost, type ExportHost } from './app/exportHost';
import { InvalidInputError } from './core';
import type { ExportOptions } from './export/options';
import { startupMark } from './dom/marks';
import { watchMedia } from './dom/media';
import { derive, type Derived } from './state/derive';
import { createPresenter } from './state/present';
import type { Settings } from './state/settings';
import { createStore, type Store } from './state/store';
import { Transport } from './state/transport';
import { createActions, type PlaygroundActions } from './ui/actions';
import { AutomationAttributes } from './ui/automation';
import { FrameLoop } from './ui/frameLoop';
import { createLayout, type Layout } from './ui/layout';
import { SceneHost } from './ui/sceneHost';
import { attachShortcuts } from './ui/shortcuts';
import { attachStageInput } from './ui/stageInput';
import { ThemeChoice, type ThemeName } from './ui/themeChoice';
import { Tooltip } from './ui/tooltip';
import type { SideCard, Title } from './ui/widget';

export interface PlaygroundOptions {
  readonly settings: Settings;
  /** Messages to show at once (settings that were ignored while reading the URL). */
  readonly notices?: readonly string[];
  readonly theme?: ThemeName;
  /** Called after every change of settings (the standalone page writes them to its URL). */
  readonly onSettingsChange?: (settings: Settings) => void;
  /** Where the keyboard shortcuts listen: the page for the standalone playground; by default the playground. */
  readonly keyboardTarget?: EventTarget;
  /** Another element to carry the automation attributes (the custom element around a shadow root). */
  readonly host?: HTMLElement;
  /** Called when the step shown changes, with the primary hiker's loss there. */
  readonly onStep?: (step: number, loss: number) => void;
  /** Called when the status (`idle`, `playing`, `paused`, `converged`, …) changes. */
  readonly onStatusChange?: (status: string) => void;
  /** Leaves the WebGL scene to a later {@link Playground.acquireScene} (an embed not yet on screen). */
  readonly deferScene?: boolean;
  /** Where `lr-playground.js` and `embed.html` are served: offers embed code for the current settings. */
  readonly embedBase?: string;
  /**
   * Called when the browser took the WebGL context away; the caller decides when to make a new one
   * ({@link Playground.acquireScene}). Without it, the playground makes one at once.
   */
  readonly onSceneLost?: () => void;
  /** A card to show beside the playground's own, after the readouts (the guided lesson's questions). */
  readonly extraCard?: SideCard;
  /** The page's title in the header, for a page that is more than the playground (the guided lesson). */
  readonly title?: Title;
  /** A link to these settings, for the exported data (the standalone page knows its address). */
  readonly shareLink?: (settings: Settings) => string;
}

export type { ExportOptions };

/** A mounted playground. */
export interface Playground {
  readonly root: HTMLElement;
  readonly store: Store<Settings>;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
  /** Moves to step k of the run, paused there. */
  scrub(step: number): void;
  /** Whether the hikers are walking. */
  readonly playing: boolean;
  /** The step shown now. */
  readonly shownStep: number;
  setTheme(theme: ThemeName): void;
  /** Shows messages as the playground shows ignored settings. */
  notify(messages: readonly string[]): void;
  /** Whether the WebGL scene is live (not released, not lost). */
  readonly hasScene: boolean;
  /** Gives back the WebGL context, leaving a still picture of the scene in its place. */
  releaseScene(): void;
  /** Makes the WebGL scene (again); resolves once it has drawn. */
  acquireScene(): Promise<void>;
  /**
   * The scene as it is now as a file: `png`, `gif`, `mp4`, `webm`, `csv` or `json`, with options
   * (`width`, `from`, `to`, `fps`, `stepsPerSecond`, `theme`, `signal`, `onProgress`). Changes
   * nothing in the playground; a bad format or option rejects with a message naming it.
   */
  toBlob(format: string, options?: ExportOptions): Promise<Blob>;
  destroy(): void;
}

/**
 * Mounts a playground in `root` (which gets `data-playground` and the automation attributes
 * `data-status`, `data-step`, `data-loss`, `data-lr`, and `data-critical-lr` where defined).
 *
 * The one place that wires the parts together; data flows one way: the store's settings are
 * derived into runs, the transport moves time along them, and each frame the presentation stage
 * turns the snapshot into the model that the scene and the widgets draw.
 */
export async function createPlayground(root: HTMLElement, options: PlaygroundOptions): Promise<Playground> {
  const store = createStore(options.settings);
  let derived: Derived = derive(options.settings);
  startupMark('lrp:derived');
  const transport = new Transport(derived);
  const present = createPresenter();
  const loop = new FrameLoop(frame);
  const wake = (): void => loop.wake();
  const reducedMotion = watchMedia('(prefers-reduced-motion: reduce)', wake);
  const theme = new ThemeChoice(root, options.theme ?? 'auto', () => {
    companions.current?.setTheme(theme.theme.name);
    wake();
  });
  const exports = createExportHost({
    root,
    snapshot: () => transport.snapshot(performance.now(), reducedMotion.matches),
    theme: () => theme.theme,
    ...(options.shareLink ? { link: options.shareLink } : {}),
    notify: (message) => layout.notices.show([message]),
    announce: (message) => layout.header.exportMenu.announce(message),
  });
  const actions = createActions({ root, store, transport, layout: () => layout, reducedMotion: () => reducedMotion.matches, wake, exportAs: exports.choose, scenes: options.title?.scenes !== false, ...(options.embedBase ? { embedBase: options.embedBase } : {}) });
  const layout: Layout = createLayout(root, actions, options.embedBase !== undefined, options.extraCard, options.title);
  root.setAttribute('data-playground', '');
  startupMark('lrp:layout');
  const notify = (message: string): void => layout.notices.show([message]);
  const scene = new SceneHost({ stage: layout.stage, axes: layout.axes, notify, wake, theme: () => theme.theme, ...(options.onSceneLost ? { onLost: options.onSceneLost } : {}) });
  const automation = new AutomationAttributes(options.host && options.host !== root ? [root, options.host] : [root], options);
  const widgets = [...layout.widgets, automation];
  const tooltip = new Tooltip(layout.tip, () => derived.surface);
  // The cards and the panel, loaded after the first frame, before the words, the announcer and the attributes, which go last.
  const companions = createCompanionHost({ layout, actions, store, theme: () => theme.theme, widgets, speakLast: 3, notify, wake, ready: () => automation.ready() });
  /** Whether the scene has drawn once: the start-up's last mark. */
  let drawn = false;

  function frame(now: number, elapsedMs: number): boolean {
    transport.advance(now, elapsedMs);
    const snapshot = transport.snapshot(now, reducedMotion.matches);
    const presentation = present(snapshot);
    if (scene.draw(presentation, theme.theme) && !drawn) {
      drawn = true;
      startupMark('lrp:first-draw');
    }
    for (const widget of widgets) widget.update(presentation);
    tooltip.draw();
    return transport.moving(snapshot);
  }

  const unsubscribe = store.subscribe((settings, previous) => {
    try {
      derived = derive(settings, derived);
      transport.setRuns(derived);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      notify(`Kept the previous settings: ${error.message}.`);
      queueMicrotask(() => store.update(() => previous));
      return;
    }
    companions.current?.sync(settings);
    options.onSettingsChange?.(settings);
    wake();
  });

  const detachInput = attachStageInput(layout.stage, {
    hitsHiker: (x, y) => scene.hitsHiker(x, y),
    viewport: () => scene.viewport,
    surface: () => derived.surface,
    start: () => derived.settings.start ?? derived.surface.start,
    setStart: (point) => actions.setStart(point),
    hover: (at) => tooltip.show(at),
  });
  const detachShortcuts = attachShortcuts(options.keyboardTarget ?? root, actions);
  const resizeObserver = new ResizeObserver(() => {
    scene.resize();
    wake();
  });
  resizeObserver.observe(layout.stage);

  const api = publicFace({ root, store, actions, transport, theme, scene, exports, reducedMotion: () => reducedMotion.matches, notify: (messages) => layout.notices.show(messages) }, () => {
    exports.destroy();
    loop.stop();
    companions.destroy();
    unsubscribe();
    detachInput();
    detachShortcuts();
    resizeObserver.disconnect();
    reducedMotion.dispose();
    theme.dispose();
    scene.destroy();
    root.replaceChildren();
  });

  if (options.notices?.length) layout.notices.show(options.notices);
  if (options.settings.autoplay && !reducedMotion.matches) api.play();
  startupMark('lrp:scene-init');
  if (!options.deferScene) await scene.acquire();
  startupMark('lrp:scene');
  loop.drawNow();
  // The rest once the first frame is out (a task after the frame drawn now); for a playground
  // waiting for its scene (an embed below the fold), when the page is idle.
  if (options.deferScene) (globalThis.requestIdleCallback ?? setTimeout)(() => void companions.load());
  else requestAnimationFrame(() => setTimeout(() => void companions.load()));
  return api;
}

/** The parts of a playground its public face speaks for. */
interface Parts {
  readonly root: HTMLElement;
  readonly store: Store<Settings>;
  readonly actions: PlaygroundActions;
  readonly transport: Transport;
  readonly theme: ThemeChoice;
  readonly scene: SceneHost;
  readonly exports: ExportHost;
  reducedMotion(): boolean;
  notify(messages: readonly string[]): void;
}

/** The {@link Playground} a page holds: its parts' methods, and `destroy`, which undoes everything. */
function publicFace(parts: Parts, destroy: () => void): Playground {
  const { actions, transport, scene } = parts;
  return {
    root: parts.root,
    store: parts.store,
    play: actions.play,
    pause: actions.pause,
    step: () => actions.step(1),
    reset: actions.reset,
    scrub: actions.scrub,
    get playing() {
      return transport.playing;
    },
    get shownStep() {
      return transport.snapshot(performance.now(), parts.reducedMotion()).step;
    },
    setTheme: (choice) => parts.theme.set(choice),
    notify: parts.notify,
    get hasScene() {
      return scene.live;
    },
    releaseScene: () => scene.release(),
    acquireScene: () => scene.acquire(),
    toBlob: parts.exports.toBlob,
    destroy,
  };
}
