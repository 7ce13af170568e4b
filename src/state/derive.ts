import { simulate, type Run, type Surface } from '../core';
import { hikersFor, type HikerSpec } from './hikers';
import { surfaceOf } from './schema';
import type { Settings } from './settings';

/** What the settings compute to: the valley and every hiker's run. */
export interface Derived {
  /** Changes exactly when a run's input changes. */
  readonly key: string;
  readonly settings: Settings;
  readonly surface: Surface;
  readonly specs: readonly HikerSpec[];
  readonly runs: readonly Run[];
  /** The hiker the readouts, guides and explanations follow. */
  readonly primary: number;
  /** The last step of the longest run. */
  readonly lastStep: number;
}

/**
 * Computes the runs of these settings, reusing `previous` where possible: the runs when no input
 * changed, and the valley object (and so its sampled grid) when only other settings changed.
 */
export function derive(settings: Settings, previous?: Derived): Derived {
  const { specs, primary } = hikersFor(settings);
  const key = JSON.stringify(specs.map((s) => s.input));
  if (previous?.key === key) return { ...previous, settings, primary };
  const sameSurface =
    previous &&
    previous.surface.id === settings.surface &&
    previous.settings.formula === settings.formula &&
    JSON.stringify(previous.settings.surfaceParams) === JSON.stringify(settings.surfaceParams);
  const surface = sameSurface ? previous.surface : surfaceOf(settings);
  const runs = specs.map((spec) => simulate({ ...spec.input, surface }));
  return { key, settings, surface, specs, runs, primary, lastStep: Math.max(...runs.map((r) => r.stoppedAt)) };
}
