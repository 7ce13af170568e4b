import { formatNumber, getOptimizer, type Run } from '../core';
import type { Derived } from '../state/derive';
import { fanRates } from '../state/hikers';
import { divergedWhen } from '../state/statusText';

/** A run's outcome in a caption's few words. */
export function outcomeWords(run: Run): string {
  switch (run.status) {
    case 'converged':
      return 'converged';
    case 'diverged':
      return `diverged ${divergedWhen(run.stoppedAt)}`;
    case 'max-steps':
      return 'out of steps';
    case 'no-improvement':
      return 'stopped improving';
    case 'epochs-done':
      return 'epochs done';
  }
}

/** Outcomes of several runs, counted: `3 converged, 2 diverged`. */
function countedOutcomes(runs: readonly Run[]): string {
  const counts = new Map<string, number>();
  for (const run of runs) {
    const words = run.status === 'diverged' ? 'diverged' : outcomeWords(run);
    counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  return [...counts].map(([words, n]) => `${n} ${words}`).join(', ');
}

const rate = (lr: number): string => formatNumber(lr, 3);

/**
 * The one-line caption of a figure: the valley, the optimizer, η, the steps and the outcome, e.g.
 * `Parabola · Gradient descent · η = 0.9 · 41 steps · converged`; a fan gives its rates' range,
 * a race each racer's optimizer and rate.
 */
export function captionOf(derived: Derived): string {
  const { settings, surface, runs } = derived;
  const valley = surface.id === 'formula' ? `f = ${settings.formula}` : surface.label;
  const steps = `${derived.lastStep} step${derived.lastStep === 1 ? '' : 's'}`;
  const primary = runs[derived.primary]!;
  if (settings.mode === 'race') {
    const racers = settings.racers.map((r) => `${getOptimizer(r.optimizer).label} η = ${rate(r.lr)}`).join(' vs ');
    return [valley, racers, steps, countedOutcomes(runs)].join(' · ');
  }
  const optimizer = getOptimizer(settings.optimizer).label;
  if (settings.mode === 'fan') {
    const rates = fanRates(settings);
    return [valley, optimizer, `${rates.length} rates η = ${rate(rates[0]!)} … ${rate(rates[rates.length - 1]!)}`, steps, countedOutcomes(runs)].join(' · ');
  }
  return [valley, optimizer, `η = ${rate(settings.lr)}`, steps, outcomeWords(primary)].join(' · ');
}
