import { formatNumber, getOptimizer, isLinearOptimizer } from '../core';
import type { Gauge } from './landmarks';
import type { HikerSpec } from './hikers';
import type { Settings } from './settings';

/** Where a rate lies among the valley's landmarks. */
export type RateZone = 'smooth' | 'overshoot' | 'diverge';

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
}

/** What the rate bar shows: the rate it sets, the valley's landmarks on it, and what the rate does. */
export interface RateBarView {
  readonly lr: number;
  /** What the slider sets, as its label says it: the lone hiker's rate, a fan's middle rate, or the followed racer's. */
  readonly subject: string;
  /** The slider's name for assistive technology, the same in words. */
  readonly name: string;
  readonly bands: readonly RateBand[];
  readonly ticks: readonly RateTick[];
  readonly zone?: RateZone;
  /** What the rate does here, in plain words. */
  readonly verdict: string;
  readonly others: readonly OtherRate[];
}

const f = (v: number): string => formatNumber(v, 3);

/** The zone of a rate between the no-overshoot rate 1/λmax and the critical rate. */
export function zoneOf(lr: number, noOvershoot: number | undefined, critical: number | undefined): RateZone | undefined {
  if (critical !== undefined && lr >= critical) return 'diverge';
  if (noOvershoot !== undefined) return lr <= noOvershoot ? 'smooth' : 'overshoot';
  return undefined;
}

/** What a rate does, in words a beginner follows. */
function verdictOf(lr: number, zone: RateZone | undefined, gauge: Gauge, optimizer: string, critical: number | undefined): string {
  const eta = `η = ${f(lr)}`;
  if (!isLinearOptimizer(optimizer)) return `${eta}. ${getOptimizer(optimizer).label} scales each step by the slopes it has seen, so no single rate is critical: try a few and watch.`;
  if (zone === 'diverge') return `${eta} is past the critical rate ${f(critical!)}: each step overshoots further than the last, and the hiker flies out.`;
  if (zone === 'overshoot') return `${eta}: each step overshoots the bottom but lands a little lower. It still converges, bouncing.`;
  if (zone === 'smooth') return `${eta}: each step lands short of the bottom. A smooth descent${critical !== undefined && lr < critical / 100 ? ', but a slow crawl' : ''}.`;
  return `${eta}. ${gauge.note ?? ''}`.trim();
}

/** The rate bar's view: the followed hiker's rate and its landmarks (none in a race's adaptive racers). */
export function rateBarView(settings: Settings, specs: readonly HikerSpec[], primary: number, gauge: Gauge, optimizer: string): RateBarView {
  const race = settings.mode === 'race';
  const lr = race ? (specs[primary]?.input.lr ?? settings.lr) : settings.lr;
  const value = (kind: string): number | undefined => gauge.landmarks.find((l) => l.kind === kind)?.value;
  const [critical, optimal, noOvershoot] = [value('critical'), value('optimal'), value('no-overshoot')];
  const bands: RateBand[] = [];
  if (noOvershoot !== undefined) bands.push({ zone: 'smooth', from: 0, to: noOvershoot, label: 'smooth' });
  if (noOvershoot !== undefined && critical !== undefined) bands.push({ zone: 'overshoot', from: noOvershoot, to: critical, label: 'overshoots' });
  if (critical !== undefined) bands.push({ zone: 'diverge', from: critical, to: Infinity, label: 'diverges' });
  const ticks: RateTick[] = [];
  if (optimal !== undefined) ticks.push({ kind: 'optimal', value: optimal, label: `optimal ${f(optimal)}`, title: 'The optimal rate: the fastest descent on this bowl' });
  if (critical !== undefined) ticks.push({ kind: 'critical', value: critical, label: `critical ${f(critical)}`, title: 'The critical rate: any larger and the steps grow until the hiker flies out' });
  const zone = zoneOf(lr, noOvershoot, critical);
  const others = settings.mode === 'single' ? [] : specs.map((s) => ({ lr: s.input.lr, color: s.color ?? '', label: s.label }));
  const racer = specs[primary]?.label.split(' · ')[0] ?? 'the racer';
  const subject = race ? `η of ${racer}` : settings.mode === 'fan' ? 'η, the fan’s middle' : 'learning rate η';
  const name = race ? `learning rate of ${racer}` : settings.mode === 'fan' ? 'learning rate, the fan’s middle' : 'learning rate';
  return { lr, subject, name, bands, ticks, ...(zone ? { zone } : {}), verdict: verdictOf(lr, zone, gauge, optimizer, critical), others };
}
