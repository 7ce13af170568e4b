import { InvalidInputError, formatNumber, simulate, type Run, type Surface } from './core';
import { Scene } from './render/scene';
import { darkTheme, lightTheme, type Theme } from './render/theme';
import * as playheads from './state/playhead';
import { surfaceOf } from './state/schema';
import type { Settings } from './state/settings';
import { simulationInput } from './state/simulation';
import { createStore, type Store } from './state/store';
import { FrameLoop } from './ui/frameLoop';
import { createLayout } from './ui/layout';
import { watchMedia } from './ui/media';
import { Panel } from './ui/panel';
import { attachStageInput } from './ui/stageInput';
import { bannerText } from './ui/status';

export interface PlaygroundOptions {
  readonly settings: Settings;
  /** Messages to show at once (settings that were ignored while reading the URL). */
  readonly notices?: readonly string[];
  readonly theme?: 'auto' | 'light' | 'dark';
  /** Called after every change of settings (the standalone page writes them to its URL). */
  readonly onSettingsChange?: (settings: Settings) => void;
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

/** What a run is computed from, and the run. */
interface Derived {
  readonly key: string;
  readonly settings: Settings;
  readonly surface: Surface;
  readonly run: Run;
}

/** How long the hiker takes to tumble out of sight after a divergence. */
const FLY_OFF_MS = 1400;

/** Marks and lines grow a little with the valley's size, so a projector shows a bigger hiker. */
const markScale = (width: number, height: number): number => Math.min(1.6, Math.max(0.85, Math.min(width, height) / 640));

/** The run for these settings; the valley object is kept while only other settings change, so its grid is not resampled. */
function derive(settings: Settings, previous?: Derived): Derived {
  const input = simulationInput(settings);
  const key = JSON.stringify(input);
  if (previous?.key === key) return { ...previous, settings };
  const sameValley = previous && previous.surface.id === settings.surface && JSON.stringify(previous.settings.surfaceParams) === JSON.stringify(settings.surfaceParams);
  const surface = sameValley ? previous.surface : surfaceOf(settings);
  return { key, settings, surface, run: simulate({ ...input, surface }) };
}

/**
 * Mounts a playground in `root` (which gets `data-playground` and the automation attributes
 * `data-status`, `data-step`, `data-loss`, `data-lr`).
 */
export async function createPlayground(root: HTMLElement, options: PlaygroundOptions): Promise<Playground> {
  const store = createStore(options.settings);
  let derived = derive(options.settings);
  let playhead = playheads.initialPlayhead;
  let flyStart: number | undefined;
  let hover: { x: number; y: number; point: number[] } | undefined;

  const reducedMotion = watchMedia('(prefers-reduced-motion: reduce)', () => loop.wake());
  const darkScheme = watchMedia('(prefers-color-scheme: dark)', () => {
    applyTheme();
    loop.wake();
  });
  const themeOf = (): Theme => (options.theme === 'dark' || (options.theme !== 'light' && darkScheme.matches) ? darkTheme : lightTheme);
  let theme = themeOf();

  const actions = {
    togglePlay: () => (playhead.playing ? api.pause() : api.play()),
    step: () => api.step(),
    reset: () => api.reset(),
    isPlaying: () => playhead.playing,
  };
  const layout = createLayout(root, actions);
  root.setAttribute('data-playground', '');
  const panel = new Panel(store, actions);
  layout.side.append(panel.element);
  const sizeOf = (element: Element): { width: number; height: number } => {
    const box = element.getBoundingClientRect();
    return { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
  };
  let stageSize = sizeOf(layout.stage);
  const scene = await Scene.create(stageSize.width, stageSize.height, theme);
  layout.stage.prepend(scene.canvas);

  function applyTheme(): void {
    theme = themeOf();
    root.dataset.theme = theme.name;
  }
  applyTheme();

  const lastStep = (): number => derived.run.stoppedAt;
  const startOf = (settings: Settings, surface: Surface) => settings.start ?? surface.start;

  const loop = new FrameLoop((now, elapsed) => {
    const { settings, run } = derived;
    playhead = playheads.advance(playhead, elapsed, settings.stepsPerSecond, lastStep());
    const status = playheads.statusOf(playhead, lastStep(), run.status);
    if (status === 'diverged' && !reducedMotion.matches) flyStart ??= now;
    else flyStart = undefined;
    const flyOff = flyStart === undefined ? 0 : Math.min(1, (now - flyStart) / FLY_OFF_MS);
    draw(status, flyOff);
    return playhead.playing || (flyStart !== undefined && flyOff < 1);
  });

  let chartRun: Run | undefined;
  let chartScale: Settings['lossScale'] | undefined;

  function draw(status: playheads.PlayStatus, flyOff: number): void {
    const { surface, run, settings } = derived;
    const position = playheads.shownPosition(playhead, reducedMotion.matches);
    const step = playheads.stepOf(playhead);
    const scale = Math.round(markScale(stageSize.width, stageSize.height) * 20) / 20;
    scene.draw({ surface, run, start: startOf(settings, surface), position, flyOff, theme, scale, showGuides: !playhead.playing });
    const viewport = scene.viewport;
    if (viewport) layout.axes.update(viewport, surface.dim === 2 ? ['x', 'y'] : ['x', 'loss']);
    if (chartRun !== run || chartScale !== settings.lossScale) {
      chartRun = run;
      chartScale = settings.lossScale;
      layout.chart.setSeries([{ losses: run.losses }], settings.lossScale);
    }
    layout.chart.setStep(step);
    layout.readouts.update(run, step, status);
    const banner = bannerText(status, run);
    if (layout.banner.textContent !== banner) layout.banner.textContent = banner;
    setData('kind', status, layout.banner);
    if (layout.hint.hidden !== (status !== 'idle')) layout.hint.hidden = status !== 'idle';
    layout.header.setPlaying(playhead.playing);
    panel.syncPlaying();
    setData('dim', String(surface.dim));
    setData('status', status);
    setData('step', String(step));
    setData('loss', String(run.losses[step]));
    setData('lr', String(settings.lr));
    const [hx, hy] = scene.hikerAt;
    setData('hiker', `${Math.round(hx)},${Math.round(hy)}`, layout.stage);
    drawTip();
  }

  /** Sets a data attribute only when it changes: a write, even of the same value, costs a repaint. */
  function setData(name: string, value: string, element: HTMLElement = root): void {
    if (element.dataset[name] !== value) element.dataset[name] = value;
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
      if (next.run !== derived.run) {
        playhead = playheads.clampTo(playhead, next.run.stoppedAt);
        flyStart = undefined;
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
    start: () => startOf(derived.settings, derived.surface),
    setStart: (point) => {
      playhead = { ...playheads.initialPlayhead, playing: playhead.playing, started: playhead.playing };
      store.update((s) => ({ ...s, start: point }));
      loop.wake();
    },
    hover: (at) => {
      hover = at;
      drawTip();
    },
  });

  const resizeObserver = new ResizeObserver(() => {
    stageSize = sizeOf(layout.stage);
    scene.resize(stageSize.width, stageSize.height);
    const chartSize = sizeOf(layout.chartBox);
    layout.chart.resize(Math.max(1, chartSize.width - 8), Math.max(1, chartSize.height - 8));
    loop.wake();
  });
  resizeObserver.observe(layout.stage);
  resizeObserver.observe(layout.chartBox);

  const api: Playground = {
    root,
    store,
    play() {
      playhead = playheads.play(playhead, lastStep());
      flyStart = undefined;
      loop.wake();
    },
    pause() {
      playhead = playheads.pause(playhead);
      loop.wake();
    },
    step() {
      playhead = playheads.stepBy(playhead, 1, lastStep());
      loop.wake();
    },
    reset() {
      playhead = playheads.initialPlayhead;
      flyStart = undefined;
      loop.wake();
    },
    destroy() {
      loop.stop();
      unsubscribe();
      detachInput();
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
