import { InvalidInputError, formatNumber } from './core';
import { Scene } from './render/scene';
import { darkTheme, lightTheme, type Theme } from './render/theme';
import { derive, type Derived } from './state/derive';
import * as playheads from './state/playhead';
import { applyScene, scenes } from './state/scenes';
import { LR_LIMITS, type Settings } from './state/settings';
import { flyOffOf, type Snapshot } from './state/snapshot';
import { createStore, type Store } from './state/store';
import { FrameLoop } from './ui/frameLoop';
import { embedCode } from './ui/embedCode';
import { createLayout, type LayoutActions, type SideCard } from './ui/layout';
import { watchMedia } from './dom/media';
import { Panel } from './ui/panel';
import { attachShortcuts } from './ui/shortcuts';
import { attachStageInput } from './ui/stageInput';
import { Views } from './ui/views';

export interface PlaygroundOptions {
  readonly settings: Settings;
  /** Messages to show at once (settings that were ignored while reading the URL). */
  readonly notices?: readonly string[];
  readonly theme?: 'auto' | 'light' | 'dark';
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
}

/** A mounted playground. */
export interface Playground {
  readonly root: HTMLElement;
  readonly store: Store<Settings>;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
  /** Whether the hikers are walking. */
  readonly playing: boolean;
  setTheme(theme: 'auto' | 'light' | 'dark'): void;
  /** Shows messages as the playground shows ignored settings. */
  notify(messages: readonly string[]): void;
  /** Whether the WebGL scene is live (not released, not lost). */
  readonly hasScene: boolean;
  /** Gives back the WebGL context, leaving a still picture of the scene in its place. */
  releaseScene(): void;
  /** Makes the WebGL scene (again); resolves once it has drawn. */
  acquireScene(): Promise<void>;
  destroy(): void;
}

const roundRate = (lr: number): number => Number(Math.min(LR_LIMITS.max, Math.max(LR_LIMITS.min, lr)).toPrecision(3));

/**
 * Mounts a playground in `root` (which gets `data-playground` and the automation attributes
 * `data-status`, `data-step`, `data-loss`, `data-lr`, and `data-critical-lr` where defined).
 */
export async function createPlayground(root: HTMLElement, options: PlaygroundOptions): Promise<Playground> {
  const store = createStore(options.settings);
  let derived: Derived = derive(options.settings);
  let playhead = playheads.initialPlayhead;
  /** When every hiker had stopped (wall clock), for the last fly-off; undefined while any walks. */
  let endedAt: number | undefined;
  /** The hiker the learner chose to follow, if any. */
  let focus: number | undefined;
  let hover: { x: number; y: number; point: number[] } | undefined;

  const reducedMotion = watchMedia('(prefers-reduced-motion: reduce)', () => loop.wake());
  const darkScheme = watchMedia('(prefers-color-scheme: dark)', () => {
    applyTheme();
    loop.wake();
  });
  let themeChoice = options.theme ?? 'auto';
  const themeOf = (): Theme => (themeChoice === 'dark' || (themeChoice !== 'light' && darkScheme.matches) ? darkTheme : lightTheme);
  let theme = themeOf();
  const applyTheme = (): void => {
    theme = themeOf();
    root.dataset.theme = theme.name;
  };

  const setPlayhead = (next: playheads.Playhead): void => {
    playhead = next;
    endedAt = undefined;
    loop.wake();
  };
  const restart = (): void => setPlayhead(reducedMotion.matches ? playheads.initialPlayhead : playheads.play(playheads.initialPlayhead, derived.lastStep));

  const actions: LayoutActions & Parameters<typeof attachShortcuts>[1] = {
    togglePlay: () => (playhead.playing ? api.pause() : api.play()),
    step: (delta) => setPlayhead(playheads.stepBy(playhead, delta, derived.lastStep)),
    reset: () => api.reset(),
    scene: (id) => {
      store.update((s) => applyScene(s, id));
      if (store.get().autoplay) restart();
    },
    sceneAt: (index) => {
      const scene = scenes[index];
      if (scene) actions.scene(scene.id);
    },
    togglePresenter: () => store.update((s) => ({ ...s, presenter: !s.presenter })),
    toggleControls: () => store.update((s) => ({ ...s, controls: s.controls === 'full' ? 'minimal' : 'full' })),
    toggleHelp: () => {
      layout.help.open = !layout.help.open;
    },
    closeHelp: () => {
      const open = layout.help.open || layout.embed.open;
      layout.help.open = false;
      layout.embed.open = false;
      return open;
    },
    showEmbed: () => {
      if (options.embedBase) layout.embed.show(embedCode(store.get(), options.embedBase));
    },
    fullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void root.requestFullscreen?.().catch(() => layout.notices.show(['Fullscreen is not allowed here.']));
    },
    nudgeRate: (decades) => store.update((s) => ({ ...s, lr: roundRate(s.lr * 10 ** decades) })),
    scrub: (step) => setPlayhead({ position: step, playing: false, started: true }),
    follow: (i) => {
      focus = i;
      loop.wake();
    },
    useRate: (lr) => {
      store.update((s) =>
        s.mode === 'race' ? { ...s, racers: s.racers.map((r, i) => (i === (focus ?? 0) ? { ...r, lr } : r)) } : { ...s, lr },
      );
      restart();
    },
    chooseTab: (tab) => store.update((s) => ({ ...s, tab })),
  };

  const layout = createLayout(root, actions, options.embedBase !== undefined, options.extraCard);
  root.setAttribute('data-playground', '');
  applyTheme();
  const panel = new Panel(store, {
    togglePlay: actions.togglePlay,
    step: () => actions.step(1),
    reset: actions.reset,
    isPlaying: () => playhead.playing,
    notify: (message) => layout.notices.show([message]),
  });
  panel.element.setAttribute('part', 'panel card');
  layout.side.append(panel.element);
  const sizeOf = (element: Element): { width: number; height: number } => {
    const box = element.getBoundingClientRect();
    return { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
  };
  let stageSize = sizeOf(layout.stage);
  const views = new Views(root, layout, panel, () => loop.wake(), options.host);
  const sceneLife = sceneKeeper();

  const loop = new FrameLoop((now, elapsed) => {
    const { settings, lastStep } = derived;
    const wasPlaying = playhead.playing;
    playhead = playheads.advance(playhead, elapsed, settings.stepsPerSecond, lastStep);
    if (wasPlaying && !playhead.playing) endedAt = now;
    const current = snapshot(now);
    views.draw(current, theme, stageSize);
    report(current);
    drawTip();
    const flying = current.hikers.some((h) => h.flyOff > 0 && h.flyOff < 1);
    return playhead.playing || flying || (endedAt !== undefined && current.hikers.some((h) => h.run.status === 'diverged' && h.flyOff < 1));
  });

  function snapshot(now: number): Snapshot {
    const { settings, runs, specs, lastStep } = derived;
    const primary = focus !== undefined && focus < runs.length ? focus : derived.primary;
    const position = playheads.shownPosition(playhead, reducedMotion.matches);
    const secondsSinceEnd = endedAt === undefined ? 0 : (now - endedAt) / 1000;
    const hikers = runs.map((run, i) => ({
      spec: specs[i]!,
      run,
      step: Math.min(run.stoppedAt, playheads.stepOf(playhead)),
      flyOff: reducedMotion.matches ? 0 : flyOffOf(run, playhead.position, lastStep, settings.stepsPerSecond, secondsSinceEnd),
    }));
    const primaryRun = runs[primary]!;
    return {
      settings,
      derived,
      hikers,
      primary,
      position,
      step: Math.min(primaryRun.stoppedAt, playheads.stepOf(playhead)),
      status: playheads.statusOf(playhead, lastStep, primaryRun.status),
      playing: playhead.playing,
    };
  }

  let reported: { step?: number; status?: string } = {};
  /** Tells the listeners about a new step or status. */
  function report(current: Snapshot): void {
    const { step, status } = current;
    const changed = { step: step !== reported.step, status: status !== reported.status };
    reported = { step, status };
    if (changed.step) options.onStep?.(step, current.hikers[current.primary]?.run.losses[step] ?? Number.NaN);
    if (changed.status) options.onStatusChange?.(status);
  }

  /**
   * The WebGL scene's life: made when asked for, released into a still picture, and made again
   * when the browser loses its context (a few times; then the stage says why it stays blank).
   */
  function sceneKeeper() {
    let scene: Scene | undefined;
    let picture: HTMLCanvasElement | undefined;
    let making: Promise<void> | undefined;
    let losses: number[] = [];
    let wanted = false;
    const LOSS_LIMIT = 3;
    const LOSS_WINDOW_MS = 60_000;

    const show = (element: HTMLCanvasElement | undefined): void => {
      for (const old of layout.stage.querySelectorAll(':scope > canvas')) if (old !== element) old.remove();
      if (element && element.parentElement !== layout.stage) layout.stage.prepend(element);
    };
    const drop = (): void => {
      const old = scene;
      scene = undefined;
      views.scene = undefined;
      old?.destroy();
    };
    const onLost = (): void => {
      const now = performance.now();
      losses = [...losses.filter((t) => now - t < LOSS_WINDOW_MS), now];
      drop();
      if (losses.length > LOSS_LIMIT) {
        layout.notices.show(['The browser keeps losing this playground’s WebGL context, so the valley is not drawn. Reload the page to try again.']);
        return;
      }
      if (options.onSceneLost) options.onSceneLost();
      // Not inside the browser's event: make the new context once this one is gone.
      else setTimeout(() => void keeper.acquire(), 0);
    };
    const keeper = {
      get live(): boolean {
        return scene !== undefined;
      },
      acquire(): Promise<void> {
        wanted = true;
        if (scene) return Promise.resolve();
        making ??= Scene.create(stageSize.width, stageSize.height, theme, onLost)
          .then((made) => {
            if (!wanted || destroyed) {
              made.destroy();
              return;
            }
            scene = made;
            views.scene = made;
            picture = undefined;
            show(made.canvas);
            loop.wake();
          })
          .catch((error: unknown) => {
            layout.notices.show([`The valley cannot be drawn: this browser could not start WebGL (${error instanceof Error ? error.message : String(error)}).`]);
          })
          .finally(() => {
            making = undefined;
          });
        return making;
      },
      release(): void {
        wanted = false;
        if (!scene) return;
        picture = scene.capture();
        picture.className = 'lrp-still';
        show(picture);
        drop();
      },
      resize(): void {
        scene?.resize(stageSize.width, stageSize.height);
      },
      destroy(): void {
        wanted = false;
        drop();
        show(undefined);
      },
    };
    return keeper;
  }

  function drawTip(): void {
    const tip = layout.tip;
    if (!hover) {
      if (!tip.hidden) tip.hidden = true;
      return;
    }
    const { surface } = derived;
    const loss = surface.f(hover.point);
    const coordinates = hover.point.map((v, i) => `${surface.names[i] ?? 'x'} ${formatNumber(v, 3)}`).join(' · ');
    tip.textContent = `${coordinates} · ${Number.isFinite(loss) ? `loss ${formatNumber(loss, 4)}` : 'the loss is not defined here'}`;
    tip.style.left = `${hover.x}px`;
    tip.style.top = `${hover.y}px`;
    tip.hidden = false;
  }

  const unsubscribe = store.subscribe((settings, previous) => {
    try {
      const next = derive(settings, derived);
      if (next.runs !== derived.runs) {
        playhead = playheads.clampTo(playhead, next.lastStep);
        endedAt = undefined;
        if (next.runs.length !== derived.runs.length) focus = undefined;
      }
      derived = next;
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      layout.notices.show([`Kept the previous settings: ${error.message}.`]);
      queueMicrotask(() => store.update(() => previous));
      return;
    }
    panel.sync(settings);
    options.onSettingsChange?.(settings);
    loop.wake();
  });

  const detachInput = attachStageInput(layout.stage, {
    hitsHiker: (x, y) => views.scene?.hitsHiker(x, y) ?? false,
    viewport: () => views.scene?.viewport,
    surface: () => derived.surface,
    start: () => derived.settings.start ?? derived.surface.start,
    setStart: (point) => {
      playhead = { ...playheads.initialPlayhead, playing: playhead.playing, started: playhead.playing };
      endedAt = undefined;
      store.update((s) => ({ ...s, start: point }));
      loop.wake();
    },
    hover: (at) => {
      hover = at;
      drawTip();
    },
  });
  const detachShortcuts = attachShortcuts(options.keyboardTarget ?? root, actions);

  const resizeObserver = new ResizeObserver(() => {
    stageSize = sizeOf(layout.stage);
    sceneLife.resize();
    const chartSize = sizeOf(layout.chart.element);
    layout.chart.resize(Math.max(1, chartSize.width - 8), Math.max(1, chartSize.height - 42));
    loop.wake();
  });
  resizeObserver.observe(layout.stage);
  resizeObserver.observe(layout.chart.element);

  let destroyed = false;
  const api: Playground = {
    root,
    store,
    play: () => setPlayhead(playheads.play(playhead, derived.lastStep)),
    pause: () => setPlayhead(playheads.pause(playhead)),
    step: () => actions.step(1),
    reset: () => setPlayhead(playheads.initialPlayhead),
    get playing() {
      return playhead.playing;
    },
    setTheme(choice) {
      themeChoice = choice;
      applyTheme();
      loop.wake();
    },
    notify: (messages) => layout.notices.show(messages),
    get hasScene() {
      return sceneLife.live;
    },
    releaseScene: () => sceneLife.release(),
    acquireScene: () => sceneLife.acquire(),
    destroy() {
      destroyed = true;
      loop.stop();
      views.destroy();
      unsubscribe();
      detachInput();
      detachShortcuts();
      resizeObserver.disconnect();
      reducedMotion.dispose();
      darkScheme.dispose();
      panel.destroy();
      sceneLife.destroy();
      root.replaceChildren();
    },
  };

  if (options.notices?.length) layout.notices.show(options.notices);
  if (options.settings.autoplay && !reducedMotion.matches) api.play();
  if (!options.deferScene) await sceneLife.acquire();
  loop.wake();
  return api;
}
