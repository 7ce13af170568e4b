import { fanRates, hikersFor } from './hikers';
import { LR_LIMITS, roundRate, type Settings } from './settings';

/**
 * The hiker the rate bar speaks for: the one the learner follows, else the one the readouts
 * follow by default (a fan's rate nearest η, a race's first racer).
 */
function followedHiker(settings: Settings, followed: number | undefined): number {
  const { specs, primary } = hikersFor(settings);
  return followed !== undefined && followed < specs.length ? followed : primary;
}

/** The rate the rate bar shows and sets: the lone hiker's, or the followed hiker's in a fan or a race. */
export function barRate(settings: Settings, followed?: number): number {
  const { specs } = hikersFor(settings);
  return specs[followedHiker(settings, followed)]?.input.lr ?? settings.lr;
}

/**
 * Sets the rate the rate bar controls to `lr`. A lone hiker takes it; a race's followed racer
 * takes it; a fan moves as a whole on the log axis, every rate multiplied by `lr` over the
 * followed hiker's rate, so the followed hiker gets `lr` and the fan keeps its shape. Typed rates
 * are scaled one by one (and η with them, which keeps the same hiker followed); a spread fan
 * scales through η. The factor is held so that no rate leaves {@link LR_LIMITS}.
 */
export function withBarRate(settings: Settings, lr: number, followed?: number): Settings {
  if (settings.mode === 'single') return { ...settings, lr };
  const index = followedHiker(settings, followed);
  if (settings.mode === 'race') return { ...settings, racers: settings.racers.map((r, i) => (i === index ? { ...r, lr } : r)) };
  const rates = fanRates(settings);
  const old = barRate(settings, followed);
  const [lowest, highest] = [Math.min(...rates), Math.max(...rates)];
  const factor = Math.min(LR_LIMITS.max / highest, Math.max(LR_LIMITS.min / lowest, lr / old));
  const lrNext = roundRate(settings.lr * factor);
  if (!settings.fanRates) return { ...settings, lr: lrNext };
  return { ...settings, lr: lrNext, fanRates: settings.fanRates.map((r) => roundRate(r * factor)) };
}
