import type { SimulateInput } from '../core';
import type { Settings } from './settings';

/** The core's input for these settings. */
export function simulationInput(settings: Settings): SimulateInput {
  const schedule = { type: settings.schedule, ...settings.scheduleParams };
  const stop = Object.fromEntries(Object.entries(settings.stop).filter(([, value]) => value !== undefined));
  return {
    surface: settings.surface,
    surfaceParams: settings.surfaceParams,
    optimizer: settings.optimizer,
    lr: settings.lr,
    ...(settings.start ? { start: settings.start } : {}),
    steps: settings.steps,
    ...settings.hyper,
    noise: settings.noise,
    seed: settings.seed,
    schedule,
    stop,
  };
}
