import type { SimulateInput } from '../core';
import type { Settings } from './settings';
import { FORMULA } from './formulas';
import { madeFromData, surfaceOf } from './surface';

/** The core's input for these settings. */
export function simulationInput(settings: Settings): SimulateInput {
  const schedule = { type: settings.schedule, ...settings.scheduleParams };
  const stop = Object.fromEntries(Object.entries(settings.stop).filter(([, value]) => value !== undefined));
  return {
    // A typed valley goes as itself: its formula is part of the input, so a new one is a new run.
    surface: settings.surface === FORMULA ? surfaceOf(settings) : settings.surface,
    surfaceParams: settings.surfaceParams,
    optimizer: settings.optimizer,
    lr: settings.lr,
    ...(settings.start ? { start: settings.start } : {}),
    steps: settings.steps,
    ...settings.hyper,
    noise: settings.noise,
    seed: settings.seed,
    // Only a valley made from data has examples to take one at a time.
    ...(settings.sampling === 'stochastic' && madeFromData(settings) ? { sampling: 'stochastic' as const } : {}),
    schedule,
    stop,
  };
}
