import { formatNumber, resolveHyperparams, simulate, type Run } from '../core';
import { FORMULA } from './formulas';
import { referenceGauge } from './landmarks';
import { LR_LIMITS, type Settings } from './settings';
import { simulationInput } from './simulation';
import { surfaceOf } from './surface';

const f = (v: number): string => formatNumber(v, 3);

/** Whether `next` shows another valley than `previous`: another registered one, or another typed formula. */
export function valleyChanged(previous: Settings, next: Settings): boolean {
  return previous.surface !== next.surface || (next.surface === FORMULA && previous.formula !== next.formula);
}

/** A rate rounded down to two significant digits: 0.0554 → 0.055, never above the rate it came from. */
export function roundDown(lr: number): number {
  const unit = 10 ** (Math.floor(Math.log10(lr)) - 1);
  // toPrecision(12) first: 0.29 / 0.01 is 28.999999999999996, which is 29.
  return Number((Math.floor(Number((lr / unit).toPrecision(12))) * unit).toPrecision(2));
}

/** The run of these settings (the lone hiker's). */
const runOf = (settings: Settings): Run => simulate({ ...simulationInput(settings), surface: surfaceOf(settings) });

/**
 * A first guess at a safe rate on the settings' valley, from its landmarks where the run must
 * settle: the optimal rate of a quadratic bowl, else half the critical rate (1/λmax for gradient
 * descent); a tenth of the rate where there are none (an adaptive optimizer).
 */
function firstGuess(settings: Settings): number {
  const surface = surfaceOf(settings);
  const momentum = resolveHyperparams(settings.optimizer, settings.hyper).momentum ?? 0;
  const { gauge } = referenceGauge(surface, settings.start ?? surface.start, settings.optimizer, momentum);
  const value = (kind: string): number | undefined => gauge.landmarks.find((l) => l.kind === kind)?.value;
  const [optimal, critical] = [value('optimal'), value('critical')];
  if (surface.quadratic && optimal !== undefined) return optimal;
  return critical !== undefined ? critical / 2 : settings.lr / 10;
}

/**
 * When the valley changes under a rate that diverges on it, a rate that does not: the settings
 * with it, and a notice that says so ("η set to 0.055: 0.3 diverges on this valley at once").
 * The guess ({@link firstGuess}), rounded down, is halved until the run stops diverging. Only a
 * lone hiker's rate is changed: a fan or a race shows several rates on purpose. Unchanged
 * settings, and no notice, when the rate does not diverge or no safe rate is found.
 */
export function withSafeRate(previous: Settings, next: Settings): { settings: Settings; notice?: string } {
  if (next.mode !== 'single' || !valleyChanged(previous, next)) return { settings: next };
  const run = runOf(next);
  if (run.status !== 'diverged') return { settings: next };
  let lr = roundDown(Math.min(firstGuess(next), next.lr / 2));
  for (let tries = 0; tries < 40 && lr >= LR_LIMITS.min; tries++, lr = roundDown(lr / 2)) {
    if (runOf({ ...next, lr }).status === 'diverged') continue;
    const when = run.stoppedAt <= 2 ? ' at once' : `: the hiker flies out after step ${run.stoppedAt}`;
    return { settings: { ...next, lr }, notice: `η set to ${f(lr)}: ${f(next.lr)} diverges on this valley${when}.` };
  }
  return { settings: next };
}
