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
import { createLayout, type LayoutActions } from './ui/layout';
import { watchMedia } from './ui/media';
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
}

/** A mounted playground. */
export interface Playground {
  readonly root: HTMLElement;
  readonly store: Store<Settings>;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
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
  const themeOf = (): Theme => (options.theme === 'dark' || (options.theme !== 'light' && darkScheme.matches) ? darkTheme : lightTheme);
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
      const open = layout.help.open;
      layout.help.open = false;
      return open;
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

  const layout = createLayout(root, actions);
  root.setAttribute('data-playground', '');
  applyTheme();
  const panel = new Panel(store, {
    togglePlay: actions.togglePlay,
    step: () => actions.step(1),
    reset: actions.reset,
    isPlaying: () => playhead.playing,
    notify: (message) => layout.notices.show([message]),
  });
  layout.side.append(panel.element);
  const sizeOf = (element: Element): { width: number; height: number } => {
    const box = element.getBoundingClientRect();
    return { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
  };
  let stageSize = sizeOf(layout.stage);
  const scene = await Scene.create(stageSize.width, stageSize.height, theme);
  layout.stage.prepend(scene.canvas);
  const views = new Views(root, layout, scene, panel, () => loop.wake());

  const loop = new FrameLoop((now, elapsed) => {
    const { settings, lastStep } = derived;
    const wasPlaying = playhead.playing;
    playhead = playheads.advance(playhead, elapsed, settings.stepsPerSecond, lastStep);
    if (wasPlaying && !playhead.playing) endedAt = now;
    const current = snapshot(now);
    views.draw(current, theme, stageSize);
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

  function drawTip(): void {
    const tip = layout.tip;
    if (!hover) {
      if (!tip.hidden) tip.hidden = true;
      return;
    }
    const { surface } = derived;
    const loss = surface.f(hover.point);
    const coordinates = hover.point.map((v, i) => `${surface.dim === 1 ? 'x' : 'xy'[i]} ${formatNumber(v, 3)}`).join(' · ');
    tip.textContent = `${coordinates} · loss ${formatNumber(loss, 4)}`;
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
    hitsHiker: (x, y) => scene.hitsHiker(x, y),
    viewport: () => scene.viewport,
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
    scene.resize(stageSize.width, stageSize.height);
    const chartSize = sizeOf(layout.chart.element);
    layout.chart.resize(Math.max(1, chartSize.width - 8), Math.max(1, chartSize.height - 42));
    loop.wake();
  });
  resizeObserver.observe(layout.stage);
  resizeObserver.observe(layout.chart.element);

  const api: Playground = {
    root,
    store,
    play: () => setPlayhead(playheads.play(playhead, derived.lastStep)),
    pause: () => setPlayhead(playheads.pause(playhead)),
    step: () => actions.step(1),
    reset: () => setPlayhead(playheads.initialPlayhead),
    destroy() {
      loop.stop();
      views.destroy();
      unsubscribe();
      detachInput();
      detachShortcuts();
      resizeObserver.disconnect();
      reducedMotion.dispose();
      darkScheme.dispose();
      panel.destroy();
      scene.destroy();
      root.replaceChildren();
    },
  };

  if (options.notices?.length) layout.notices.show(options.notices);
  if (options.settings.autoplay && !reducedMotion.matches) api.play();
  loop.wake();
  return api;
}
