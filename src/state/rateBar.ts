import { DEFAULT_OPTIMIZER, formatNumber, isLinearOptimizer, type Run, type RunEvents, type Surface } from '../core';
import type { HikerSpec } from './hikers';
import { placeWords, type RatePlace, type ReferenceGauge } from './landmarks';
import { rateVerdict, type RateZone } from './rateVerdict';
import type { Settings } from './settings';

export { zoneOf, type RateZone } from './rateVerdict';

/** A stretch of the rate slider and what steps do there. */
export interface RateBand {
  readonly zone: RateZone;
  readonly from: number;
  readonly to: number;
  /** Its name on the slider, in a beginner's words. */
  readonly label: string;
}

/** A rate marked on the slider with its name (the critical and the optimal rate). */
export interface RateTick {
  readonly kind: 'critical' | 'optimal';
  readonly value: number;
  readonly label: string;
  /** What it means, in a sentence. */
  readonly title: string;
}

/** Another hiker's rate, shown on the slider in its colour (a fan's rates, a race's racers). */
export interface OtherRate {
  readonly lr: number;
  readonly color: string;
  readonly label: string;
  /**
   * Whether the bands hold for it too: a fan's hikers and racers with the followed racer's
   * optimizer. Others (Adam beside gradient descent) are drawn off the bands.
   */
  readonly onBands: boolean;
}

/** What the rate bar shows: the rate it sets, the valley's landmarks on it, and what the rate does. */
export interface RateBarView {
  /** The followed hiker's rate: always the rate of a hiker that walks. */
  readonly lr: number;
  /** What the slider sets, as its label says it: the lone hiker's rate, the followed hiker's in a fan (the fan moves with it), or the followed racer's. */
  readonly subject: string;
  /** The slider's name for assistive technology, the same in words. */
  readonly name: string;
  readonly bands: readonly RateBand[];
  readonly ticks: readonly RateTick[];
  /** Where the landmarks hold (the bottom the valley leads to, the start, or everywhere on a quadratic). */
  readonly where: RatePlace;
  /** The zone the rate is in, as the run at that rate bears out. */
  readonly zone?: RateZone;
  /** What the rate does here, in plain words. */
  readonly verdict: string;
  readonly others: readonly OtherRate[];
}

const f = (v: number): string => formatNumber(v, 3);

/** The optimizer and momentum the landmarks were worked out for. */
export interface FollowedOptimizer {
  readonly id: string;
  readonly momentum: number;
}

/** The bands and ticks of the landmarks; none for an adaptive optimizer, whose steps they do not describe. */
function landmarksOf(reference: ReferenceGauge, optimizer: string): { bands: RateBand[]; ticks: RateTick[]; critical?: number; noOvershoot?: number } {
  const value = (kind: string): number | undefined => reference.gauge.landmarks.find((l) => l.kind === kind)?.value;
  const [critical, optimal, noOvershoot] = [value('critical'), value('optimal'), value('no-overshoot')];
  if (!isLinearOptimizer(optimizer)) return { bands: [], ticks: [] };
  const place = placeWords(reference.where);
  const bands: RateBand[] = [];
  if (noOvershoot !== undefined) bands.push({ zone: 'smooth', from: 0, to: noOvershoot, label: 'smooth' });
  if (noOvershoot !== undefined && critical !== undefined) bands.push({ zone: 'overshoot', from: noOvershoot, to: critical, label: 'overshoots' });
  if (critical !== undefined) bands.push({ zone: 'diverge', from: critical, to: Infinity, label: 'diverges' });
  const ticks: RateTick[] = [];
  if (optimal !== undefined) ticks.push({ kind: 'optimal', value: optimal, label: `optimal ${f(optimal)}`, title: `The optimal rate${place}: the fastest descent on this bowl` });
  if (critical !== undefined) ticks.push({ kind: 'critical', value: critical, label: `critical ${f(critical)}`, title: `The critical rate${place}: any larger and the steps grow until the hiker flies out` });
  return { bands, ticks, ...(critical === undefined ? {} : { critical }), ...(noOvershoot === undefined ? {} : { noOvershoot }) };
}

/** Whether the run ended far (a tenth of the box's diagonal) from the bottom the landmarks were judged at: it settled in another hollow. */
function endedElsewhere(surface: Surface, run: Run, reference: ReferenceGauge): boolean {
  if (reference.where !== 'bottom') return false;
  const end = run.path[run.stoppedAt]!;
  const diagonal = Math.hypot(...surface.domain.map(([lo, hi]) => hi - lo));
  return Math.hypot(...end.map((v, i) => v - (reference.point[i] ?? 0))) > 0.1 * diagonal;
}

/**
 * The rate bar's view: the followed hiker's rate, the landmarks where the run must settle
 * ({@link ReferenceGauge}), and a verdict that agrees with the run at that rate (`run`, `events`).
 */
export function rateBarView(surface: Surface, settings: Settings, specs: readonly HikerSpec[], primary: number, reference: ReferenceGauge, optimizer: FollowedOptimizer, run: Run, events: RunEvents): RateBarView {
  const race = settings.mode === 'race';
  const lr = specs[primary]?.input.lr ?? settings.lr;
  const { bands, ticks, critical, noOvershoot } = landmarksOf(reference, optimizer.id);
  const verdict = rateVerdict({
    lr,
    optimizer: optimizer.id,
    momentum: optimizer.momentum,
    ...(critical === undefined ? {} : { critical }),
    ...(noOvershoot === undefined ? {} : { noOvershoot }),
    where: reference.where,
    ...(reference.gauge.note ? { note: reference.gauge.note } : {}),
    run,
    events,
    noise: settings.noise,
    elsewhere: endedElsewhere(surface, run, reference),
  });
  const sameZones = (s: HikerSpec): boolean => (s.input.optimizer ?? DEFAULT_OPTIMIZER) === optimizer.id;
  const others = settings.mode === 'single' ? [] : specs.map((s) => ({ lr: s.input.lr, color: s.color ?? '', label: s.label, onBands: !race || sameZones(s) }));
  const racer = specs[primary]?.label.split(' · ')[0] ?? 'the racer';
  const subject = race ? `η of ${racer}` : settings.mode === 'fan' ? 'η of the followed hiker' : 'learning rate η';
  const name = race ? `learning rate of ${racer}` : settings.mode === 'fan' ? 'learning rate of the followed hiker; the whole fan moves with it' : 'learning rate';
  const bandsFor = bands.length > 0 && others.some((o) => !o.onBands) ? ` The bands are ${racer}’s.` : '';
  return { lr, subject, name, bands, ticks, where: reference.where, ...(verdict.zone ? { zone: verdict.zone } : {}), verdict: `${verdict.text}${bandsFor}`, others };
}
