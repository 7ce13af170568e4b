import {
  DEFAULT_OPTIMIZER,
  explainStep,
  lineData,
  predictLine,
  quadraticLossTheory,
  resolveHyperparams,
  runEvents,
  stabilityAt,
  type Hyperparams,
  type Run,
  type RunEvents,
  type SimulateInput,
  type StepExplanation,
  type Surface,
} from '../core';
import type { HikerSpec } from './hikers';
import { lossSummary } from './chartWords';
import { gauge, referenceGauge, type Gauge, type ReferenceGauge } from './landmarks';
import { groupStatus, type GroupPlayStatus, type GroupStatus } from './groupStatus';
import { keepEqual, memoizeLast } from './memo';
import type { PlayStatus } from './playhead';
import type { Settings } from './settings';
import type { Snapshot } from './snapshot';
import { bannerText, describeStatus, hikerLines, type StatusContext, type StatusText } from './statusText';
import { rateBarView, type RateBarView } from './rateBar';
import { sweepRequest, type SweepRequest } from './sweep';
import { hikersWords, hikerWords, valleySummary } from './valleyWords';
import { iterationText, type IterationText } from './walkthrough';

/** A hiker's optimizer and hyperparameters, defaults filled in once. */
export interface ResolvedOptimizer {
  readonly id: string;
  readonly hyper: Hyperparams;
  /** The momentum μ the stability maths uses (0 for optimizers without one). */
  readonly momentum: number;
}

/** The readouts: the followed hiker's numbers and status in words, and with several hikers the group's status above them. */
export interface Readings {
  /** The step shown (the group's, in a fan or a race), and the last step of the longest run. */
  readonly step: number;
  readonly lastStep: number;
  /** The followed hiker's own step: the step shown, or its run's end if it stopped before. */
  readonly hikerStep: number;
  readonly loss: number;
  /** |∇f| where the hiker stands. */
  readonly slope: number;
  /** The learning rate of the next step (the schedule applied). */
  readonly rate: number;
  /** The playground's status: the lone hiker's, or the group's ({@link GroupPlayStatus}). */
  readonly status: GroupPlayStatus;
  /** The followed hiker's own status (the same as `status` for a lone hiker), and in words. */
  readonly hikerStatus: PlayStatus;
  readonly text: StatusText;
  /** With several hikers: what the group is doing, and the name of the hiker the numbers and `text` follow. */
  readonly group?: GroupStatus;
  readonly followed?: string;
}

/** One curve of the loss chart. */
export interface LossSeries {
  readonly losses: readonly number[];
  /** CSS colour; none for the lone hiker (the theme's accent). */
  readonly color?: string;
  /** A prediction drawn dashed (the theory of a quadratic valley), with no marker. */
  readonly dashed?: boolean;
  /** With several runs, each run's own dash pattern (lengths in pixels), so none is told apart by colour alone. */
  readonly dash?: readonly number[];
}

/** The dash patterns of several runs' curves, in order: solid first, then ever more broken. */
export const RUN_DASHES: readonly (readonly number[])[] = [[], [9, 4], [2, 3], [9, 3, 2, 3], [14, 4], [5, 4], [1, 5], [14, 3, 2, 3], [5, 2], [9, 3, 2, 3, 2, 3], [20, 5], [3, 7]];

/** What the loss chart draws: every run's curve, the theory's where it has one, and which is followed. */
export interface LossChartData {
  /** What the curves show, in a sentence; and each run's name, for the table's columns. */
  readonly summary: string;
  readonly names: readonly string[];
  readonly series: readonly LossSeries[];
  readonly primary: number;
  readonly scale: Settings['lossScale'];
  /** Steps per epoch: boundaries are marked when it is more than one. */
  readonly epochSteps: number;
}

/** The rate sweep: what to run, and the lines to mark on it. */
export interface SweepView {
  readonly request: SweepRequest;
  /** The critical rate at the start, where defined. */
  readonly criticalLr?: number;
  /** The followed hiker's rate. */
  readonly lr: number;
}

/** One row of the legend of several hikers. */
export interface LegendEntry {
  readonly label: string;
  readonly color?: string;
  /** Its loss curve's dash pattern. */
  readonly dash: readonly number[];
  /** How its run ended, once the playhead has passed its end; empty before. */
  readonly outcome: string;
  readonly followed: boolean;
}

/** One iteration of the training loop at the step shown: the core's numbers and the words for them. */
export interface Walkthrough {
  readonly explanation: StepExplanation;
  readonly text: IterationText;
  readonly stopReason: string;
}

/** The data behind the `fit-line` valley at the step shown: the line's (w, b) and the example of the step. */
export interface FitLineView {
  readonly w: number;
  readonly b: number;
  /** With one-example steps, the example the next step looks at; -1 otherwise. */
  readonly example: number;
  /** The line's guess ŷ for each example. */
  readonly guesses: readonly number[];
  /** The mean squared error of the line, and the least any line gets. */
  readonly loss: number;
  readonly bestLoss: number;
}

/** The automation attributes, as plain values. */
export interface Automation {
  /** The lone hiker's status, or the group's (see {@link GroupPlayStatus}). */
  readonly status: GroupPlayStatus;
  readonly step: number;
  readonly loss: number;
  readonly lr: number;
  readonly criticalLr?: number;
  readonly hikers: number;
  readonly dim: 1 | 2;
  readonly presenter: boolean;
  readonly controls: Settings['controls'];
}

/**
 * Everything the screen shows that is computed, derived once per frame from a {@link Snapshot}:
 * the widgets draw it and compute nothing. Parts that did not change keep their identity.
 */
export interface Presentation {
  readonly snapshot: Snapshot;
  readonly surface: Surface;
  /** The followed hiker's run and optimizer. */
  readonly run: Run;
  readonly optimizer: ResolvedOptimizer;
  readonly readings: Readings;
  /** The banner over the valley, empty while nothing is worth announcing there; short with several hikers, whose legend says how each ended. */
  readonly banner: string;
  /** The end in a sentence, for a listener: the banner's, or with several hikers every outcome. */
  readonly ending: string;
  /** The stability gauge where the followed hiker stands, at its rate. */
  readonly gauge: Gauge;
  /** The rate bar: the rate it sets, the landmarks on it, and what that rate does. */
  readonly rateBar: RateBarView;
  /** The critical rate at the start, where defined. */
  readonly criticalAtStart?: number;
  readonly lossChart: LossChartData;
  /** The rate sweep, while its tab is shown. */
  readonly sweep?: SweepView;
  readonly events: RunEvents;
  readonly legend: readonly LegendEntry[];
  readonly fitLine?: FitLineView;
  /** The step shown, explained; worked out when first asked for, then remembered. */
  walkthrough(): Walkthrough;
  /**
   * The valley in words, for a listener: what it is and who walks it (`summary`); where the
   * followed hiker is and what its next step does, and with several hikers, the group's status
   * first and a short line for each hiker after (`here`).
   */
  readonly words: { readonly summary: string; readonly here: string };
  readonly automation: Automation;
}

/** The outcome of a run in a legend's few words. */
function outcomeOf(run: Run): string {
  if (run.status === 'converged') return `converged at ${run.stoppedAt}`;
  if (run.status === 'diverged') return run.stoppedAt === 0 ? 'diverged at once' : `diverged after ${run.stoppedAt}`;
  if (run.status === 'epochs-done') return 'epochs done';
  return run.status === 'max-steps' ? 'out of steps' : 'stopped improving';
}

/** The optimizer of a hiker's input, its hyperparameters resolved. */
function resolveOptimizer(input: SimulateInput): ResolvedOptimizer {
  const id = input.optimizer ?? DEFAULT_OPTIMIZER;
  const hyper = resolveHyperparams(id, input);
  return { id, hyper, momentum: hyper.momentum ?? 0 };
}

/** The followed hiker's loss curve and everyone else's; on a quadratic valley, the theory's prediction too. */
function lossSeries(runs: readonly Run[], specs: readonly HikerSpec[], surface: Surface, primary: number, scale: Settings['lossScale'], optimizer: ResolvedOptimizer): LossChartData {
  const series: LossSeries[] = runs.map((run, i) => ({ losses: run.losses, ...(specs[i]?.color ? { color: specs[i]!.color } : {}), ...(runs.length > 1 ? { dash: RUN_DASHES[i % RUN_DASHES.length] } : {}) }));
  const run = runs[primary]!;
  // The theory follows the true gradient; one-example steps wander about it.
  if (run.epochSteps === 1) {
    const theory = quadraticLossTheory(surface, run.path[0]!, optimizer.id, optimizer.momentum, run.lrs);
    if (theory) {
      const ceiling = Math.max(...run.losses) * 10;
      series.push({ losses: theory.map((v) => Math.min(v, ceiling)), dashed: true });
    }
  }
  return { series, primary, scale, epochSteps: run.epochSteps, summary: lossSummary(runs, specs, primary), names: specs.map((s) => s.label) };
}

/** The followed hiker's own status: the playhead's while it walks, its run's outcome once its run has ended. */
function hikerStatus(status: PlayStatus, run: Run, hikerStep: number): PlayStatus {
  if (status === 'idle') return status;
  return hikerStep >= run.stoppedAt ? run.status : status === 'playing' || status === 'paused' ? status : run.status;
}

/**
 * The banner and the spoken end: one hiker's banner; with several, a short banner (the legend says
 * how each ended), and spoken, the counts and then one short line per hiker.
 */
function endWords(status: PlayStatus, run: Run, runs: readonly Run[], specs: readonly HikerSpec[], group: GroupStatus | undefined): { banner: string; ending: string } {
  if (!group) {
    const banner = bannerText(status, run, runs);
    return { banner, ending: banner };
  }
  const over = group.status !== 'idle' && group.status !== 'playing' && group.status !== 'paused';
  return over ? { banner: group.headline, ending: `${group.headline}: ${group.detail}. ${hikerLines(specs, runs, Infinity).join('; ')}` } : { banner: '', ending: '' };
}

/** The readouts' parts that are worked out once per change, remembered. */
function createReadings(): (run: Run, step: number, lastStep: number, hikerStep: number, status: PlayStatus, context: StatusContext, group: GroupStatus | undefined, followed: string) => Readings {
  return memoizeLast((run, step, lastStep, hikerStep, status, context, group, followed): Readings => {
    const own = group ? hikerStatus(status, run, hikerStep) : status;
    return {
      step,
      lastStep,
      hikerStep,
      loss: run.losses[hikerStep]!,
      slope: Math.hypot(...(run.grads[hikerStep] ?? [])),
      rate: run.lrs[Math.min(hikerStep, run.lrs.length - 1)] ?? run.lr,
      status: group?.status ?? status,
      hikerStatus: own,
      text: describeStatus(own, run, hikerStep, context),
      ...(group ? { group, followed } : {}),
    };
  });
}

/**
 * The presentation stage of one playground: a function from each frame's snapshot to its
 * {@link Presentation}, remembering what it worked out for as long as its inputs stay the same.
 */
export function createPresenter(): (snapshot: Snapshot) => Presentation {
  const optimizerOf = memoizeLast(resolveOptimizer);
  const gaugeHere = keepEqual<Gauge>();
  const gaugeAt = memoizeLast((surface: Surface, run: Run, step: number, optimizer: ResolvedOptimizer) =>
    gaugeHere(gauge(surface, run.path[step]!, optimizer.id, optimizer.momentum, run.lrs[Math.min(step, run.lrs.length - 1)] ?? run.lr)),
  );
  // Keyed by values that stay the same while the rate is dragged: the landmarks stay put.
  const referenceOf = memoizeLast((surface: Surface, start: readonly number[], optimizer: string, momentum: number): ReferenceGauge => referenceGauge(surface, start, optimizer, momentum));
  const rateBarOf = memoizeLast(rateBarView);
  const criticalAt = memoizeLast((surface: Surface, run: Run, optimizer: ResolvedOptimizer) => stabilityAt(surface, run.path[0]!, optimizer.id, optimizer.momentum)?.criticalLr);
  const lossChartOf = memoizeLast(lossSeries);
  const sweepOf = memoizeLast((input: SimulateInput, formula: string) => sweepRequest(input, formula));
  const sweepViewOf = memoizeLast((request: SweepRequest, criticalLr: number | undefined, lr: number): SweepView => ({ request, ...(criticalLr === undefined ? {} : { criticalLr }), lr }));
  const eventsOf = memoizeLast(runEvents);
  const legendOf = keepEqual<readonly LegendEntry[]>();
  const readingsOf = createReadings();
  const contextOf = keepEqual<StatusContext>();
  const groupOf = keepEqual<GroupStatus | null>();
  const fitLineOf = memoizeLast((run: Run, step: number, surface: Surface): FitLineView => {
    const [w, b] = run.path[step] as [number, number];
    return { w, b, example: run.examples?.[step] ?? -1, guesses: lineData.map((p) => predictLine(w, b, p.x)), loss: run.losses[step]!, bestLoss: surface.minLoss ?? 0 };
  });
  const walkthroughOf = memoizeLast((input: SimulateInput, surface: Surface, run: Run, step: number): Walkthrough => {
    const explanation = explainStep({ ...input, surface }, step, surface.names);
    return { explanation, text: iterationText(explanation, surface, run.epochSteps), stopReason: run.stopReason };
  });
  const automationOf = keepEqual<Automation>();
  const summaryOf = memoizeLast(valleySummary);
  const hereOf = memoizeLast((surface: Surface, run: Run, step: number, group: GroupStatus | undefined, followed: string, specs: readonly HikerSpec[], runs: readonly Run[], groupStep: number) => {
    const here = hikerWords(surface, run, step, run.stoppedAt);
    return group ? `${group.headline}: ${group.detail}. Followed, ${followed}: ${here} ${hikersWords(specs, runs, groupStep)}`.trim() : here;
  });
  const wordsOf = memoizeLast((summary: string, here: string) => ({ summary, here }));

  return (snapshot) => {
    const { settings, derived, hikers, primary, status } = snapshot;
    const { surface } = derived;
    const run = derived.runs[primary]!;
    const spec = derived.specs[primary]!;
    // The followed hiker's numbers are at its own step, which stops at its run's end.
    const step = hikers[primary]!.step;
    const optimizer = optimizerOf(spec.input);
    const here = gaugeAt(surface, run, step, optimizer);
    const reference = referenceOf(surface, settings.start ?? surface.start, optimizer.id, optimizer.momentum);
    const criticalAtStart = criticalAt(surface, run, optimizer);
    const group = groupOf(hikers.length > 1 ? groupStatus(status, derived.runs, snapshot.step) : null) ?? undefined;
    const context = contextOf(criticalAtStart === undefined ? {} : { criticalLr: criticalAtStart });
    const readings = readingsOf(run, snapshot.step, derived.lastStep, step, status, context, group, spec.label);
    const events = eventsOf(run);
    const legend = legendOf(
      hikers.map((h, i) => ({
        label: h.spec.label,
        ...(h.spec.color ? { color: h.spec.color } : {}),
        dash: RUN_DASHES[i % RUN_DASHES.length]!,
        outcome: snapshot.position < h.run.stoppedAt ? '' : outcomeOf(h.run),
        followed: i === primary,
      })),
    );
    return {
      snapshot,
      surface,
      run,
      optimizer,
      readings,
      ...endWords(status, run, derived.runs, derived.specs, group),
      gauge: here,
      rateBar: rateBarOf(surface, settings, derived.specs, primary, reference, optimizer, run, events),
      ...(criticalAtStart === undefined ? {} : { criticalAtStart }),
      lossChart: lossChartOf(derived.runs, derived.specs, surface, primary, settings.lossScale, optimizer),
      ...(settings.tab === 'sweep' ? { sweep: sweepViewOf(sweepOf(spec.input, settings.formula), criticalAtStart, spec.input.lr) } : {}),
      events,
      legend,
      ...(surface.id === 'fit-line' ? { fitLine: fitLineOf(run, step, surface) } : {}),
      walkthrough: () => walkthroughOf(spec.input, surface, run, step),
      words: wordsOf(summaryOf(settings, surface, derived.specs, primary, run), hereOf(surface, run, step, group, spec.label, derived.specs, derived.runs, snapshot.step)),
      automation: automationOf({
        status: group?.status ?? status,
        step: snapshot.step,
        loss: run.losses[step]!,
        lr: run.lr,
        ...(here.criticalLr === undefined ? {} : { criticalLr: here.criticalLr }),
        hikers: hikers.length,
        dim: surface.dim,
        presenter: settings.presenter,
        controls: settings.controls,
      }),
    };
  };
}
