import { formatNumber, quadraticLossTheory, stabilityAt, type Surface } from '../core';
import type { ChartSeries } from '../chart/lossChart';
import { runSweep, sweepRates, type SweepPoint } from '../chart/sweepModel';
import type { Scene } from '../render/scene';
import type { Theme } from '../render/theme';
import { LR_SLIDER } from '../state/settings';
import type { Snapshot } from '../state/snapshot';
import type { Layout } from './layout';
import type { Panel } from './panel';
import { bannerText } from './status';

/** Marks and lines grow a little with the valley's size, so a projector shows a bigger hiker; more in presenter mode. */
export const markScale = (width: number, height: number, presenter: boolean): number =>
  Math.round(Math.min(1.6, Math.max(0.85, Math.min(width, height) / 640)) * (presenter ? 1.5 : 1) * 20) / 20;

/** Runs in a rate sweep, and the most steps each may take. */
const SWEEP_RUNS = 300;
const SWEEP_MAX_STEPS = 1000;

/**
 * Draws a {@link Snapshot} into every view: the scene, the DOM around it, and the automation
 * attributes. Caches what is costly (chart series, sweeps) by what it depends on; writes to the DOM
 * only what changed.
 */
export class Views {
  private chartKey = '';
  private sweep: { key: string; points: readonly SweepPoint[]; timer?: ReturnType<typeof setTimeout> } = { key: '', points: [] };
  private marksKey = '';

  /** The WebGL scene, while the playground has one (it may release it, or lose its context). */
  scene: Scene | undefined;
  /** The elements that carry the automation attributes: the root, and the custom element's host. */
  private readonly targets: HTMLElement[];

  constructor(
    root: HTMLElement,
    private readonly layout: Layout,
    private readonly panel: Panel,
    /** Called when something computed later (a sweep) is ready to draw. */
    private readonly wake: () => void,
    host?: HTMLElement,
  ) {
    this.targets = host && host !== root ? [root, host] : [root];
  }

  draw(snapshot: Snapshot, theme: Theme, size: { width: number; height: number }): void {
    const { settings, derived, hikers, primary, status, step } = snapshot;
    const { surface } = derived;
    const primaryRun = hikers[primary]?.run ?? derived.runs[0]!;
    const start = settings.start ?? surface.start;
    const scene = this.scene;
    scene?.draw({
      surface,
      hikers: hikers.map((h) => ({ run: h.run, flyOff: h.flyOff, ...(h.spec.color ? { color: h.spec.color } : {}) })),
      primary,
      start,
      position: snapshot.position,
      theme,
      scale: markScale(size.width, size.height, settings.presenter),
      showGuides: !snapshot.playing,
    });
    const { layout } = this;
    const viewport = scene?.viewport;
    if (viewport) layout.axes.update(viewport, [surface.names[0] ?? 'x', surface.dim === 2 ? (surface.names[1] ?? 'y') : 'loss']);
    layout.legend.update(snapshot);
    layout.readouts.update(primaryRun, step, status);
    layout.timeline.update(snapshot);
    layout.stability.update(snapshot);
    layout.data.update(snapshot);
    layout.narration.update(snapshot, surface.names);
    layout.extra?.update(snapshot);
    this.drawCharts(snapshot, theme);
    this.drawMarks(snapshot);
    const banner = bannerText(status, primaryRun);
    if (layout.banner.textContent !== banner) layout.banner.textContent = banner;
    this.setData('kind', status, [layout.banner]);
    const idle = status === 'idle';
    if (layout.hint.hidden !== !idle) layout.hint.hidden = !idle;
    layout.header.setPlaying(snapshot.playing);
    layout.header.setScene(settings.scene, settings.presenter);
    this.panel.syncPlaying();
    this.setData('dim', String(surface.dim));
    this.setData('presenter', settings.presenter ? 'on' : 'off');
    this.setData('controls', settings.controls);
    this.setData('status', status);
    this.setData('step', String(step));
    this.setData('loss', String(primaryRun.losses[step]));
    this.setData('lr', String(primaryRun.lr));
    this.setData('hikers', String(hikers.length));
    const critical = layout.stability.current.criticalLr;
    if (critical === undefined) for (const target of this.targets) target.removeAttribute('data-critical-lr');
    else this.setData('criticalLr', String(critical));
    if (scene) {
      const [hx, hy] = scene.hikerAt;
      this.setData('hiker', `${Math.round(hx)},${Math.round(hy)}`, [layout.stage]);
    }
  }

  /** Sets a data attribute only when it changes: a write, even of the same value, costs a repaint. */
  private setData(name: string, value: string, elements: readonly HTMLElement[] = this.targets): void {
    for (const element of elements) if (element.dataset[name] !== value) element.dataset[name] = value;
  }

  private drawCharts(snapshot: Snapshot, theme: Theme): void {
    const { settings, derived, primary, step } = snapshot;
    const card = this.layout.chart;
    card.show(settings.tab);
    card.loss.setTheme(theme.name);
    const key = `${derived.key}|${primary}|${settings.lossScale}`;
    if (key !== this.chartKey) {
      this.chartKey = key;
      card.loss.setSeries(this.lossSeries(snapshot), primary, settings.lossScale, derived.runs[primary]?.epochSteps);
    }
    card.loss.setStep(step);
    if (settings.tab === 'sweep') this.drawSweep(snapshot);
  }

  /** Each hiker's loss curve, and on a quadratic valley the theory's prediction for the primary one. */
  private lossSeries(snapshot: Snapshot): ChartSeries[] {
    const { derived, primary } = snapshot;
    const series: ChartSeries[] = derived.runs.map((run, i) => ({ losses: run.losses, ...(derived.specs[i]?.color ? { color: derived.specs[i]!.color } : {}) }));
    const spec = derived.specs[primary];
    const run = derived.runs[primary];
    // The theory follows the true gradient; one-example steps wander about it.
    if (spec && run && run.epochSteps === 1) {
      const theory = quadraticLossTheory(derived.surface, run.path[0]!, spec.input.optimizer ?? 'sgd', spec.input.momentum ?? 0.9, run.lrs);
      if (theory) series.push({ losses: theory.map((v) => Math.min(v, Math.max(...run.losses) * 10)), dashed: true });
    }
    return series;
  }

  /** Recomputes the sweep when the valley, start or optimizer changed (not for the rate itself), a moment after the last change. */
  private drawSweep(snapshot: Snapshot): void {
    const { derived, primary } = snapshot;
    const spec = derived.specs[primary];
    if (!spec) return;
    const { lr: _lr, ...input } = spec.input;
    const steps = Math.min(SWEEP_MAX_STEPS, input.steps ?? SWEEP_MAX_STEPS);
    const key = JSON.stringify({ ...input, steps });
    const surface: Surface = derived.surface;
    const start = spec.input.start ?? surface.start;
    const critical = stabilityAt(surface, start, spec.input.optimizer ?? 'sgd', spec.input.momentum ?? 0.9)?.criticalLr;
    this.layout.chart.sweep.setMarks(critical, spec.input.lr);
    if (key === this.sweep.key || this.sweep.timer !== undefined) return;
    this.sweep.timer = setTimeout(() => {
      this.sweep = { key, points: runSweep({ ...input, surface, steps }, sweepRates(LR_SLIDER.min, LR_SLIDER.max, SWEEP_RUNS)) };
      this.layout.chart.sweep.setPoints(this.sweep.points);
      this.wake();
    }, this.sweep.key ? 120 : 0);
  }

  /** The landmarks of the stability gauge on the rate slider. */
  private drawMarks(snapshot: Snapshot): void {
    const landmarks = snapshot.settings.mode === 'race' ? [] : this.layout.stability.current.landmarks;
    const key = landmarks.map((l) => `${l.kind}:${formatNumber(l.value, 4)}`).join();
    if (key === this.marksKey) return;
    this.marksKey = key;
    this.panel.setRateMarks(landmarks);
  }

  destroy(): void {
    clearTimeout(this.sweep.timer);
  }
}
