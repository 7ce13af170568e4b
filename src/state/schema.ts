import {
  MAX_FORMULA_LENGTH,
  getOptimizer,
  optimizerIds,
  scheduleIds,
  schedules,
  surfaceIds,
  surfaces,
  hyperparamNames,
  type HyperparamName,
  type NumberRange,
  type ParamSpec,
} from '../core';
import { applyTeachingScene, teachingSceneIds } from './teachingScenes';
import { LR_LIMITS, MAX_HIKERS, type Racer, type Settings, type StopSettings } from './settings';
import { FORMULA } from './formulas';
import { madeFromData, surfaceOf } from './surface';

export { surfaceOf };

export type FieldValue = number | string | boolean | readonly number[] | readonly Racer[];

/**
 * One setting: its URL key, its allowed values and how it reads and writes {@link Settings}. The
 * same table drives URL parsing, validation and the panel's ranges.
 */
export interface Field extends NumberRange {
  readonly key: string;
  readonly label: string;
  /** A number (whole where `integer` says so), or the kind of text it reads. */
  readonly kind: 'number' | 'choice' | 'point' | 'boolean' | 'rates' | 'racers' | 'formula';
  readonly scale?: 'linear' | 'log';
  readonly choices?: readonly string[];
  /** The value to show and to put in the URL. */
  read(settings: Settings): FieldValue;
  write(settings: Settings, value: FieldValue): Settings;
}

const num = (value: FieldValue): number => value as number;

function fromSpec<K extends string>(spec: ParamSpec<K>, read: (s: Settings) => number, write: (s: Settings, v: number) => Settings): Field {
  return {
    key: spec.name,
    label: spec.label,
    kind: 'number',
    integer: spec.integer,
    min: spec.min,
    max: spec.max,
    minExclusive: spec.minExclusive,
    maxExclusive: spec.maxExclusive,
    scale: spec.scale,
    read,
    write: (s, v) => write(s, num(v)),
  };
}

export const surfaceField: Field = {
  key: 'surface',
  label: 'valley',
  kind: 'choice',
  choices: [...surfaceIds, FORMULA],
  read: (s) => s.surface,
  // A new valley starts from its own defaults: parameters and start point do not carry over.
  write: (s, v) => (v === s.surface ? s : { ...s, surface: v as string, surfaceParams: {}, start: undefined }),
};

/** The typed valley's formula; setting one chooses the typed valley. */
export const formulaField: Field = {
  key: 'formula',
  label: 'f =',
  kind: 'formula',
  max: MAX_FORMULA_LENGTH,
  read: (s) => s.formula,
  write: (s, v) => (v === s.formula && s.surface === FORMULA ? s : { ...s, surface: FORMULA, formula: v as string, surfaceParams: {}, start: undefined }),
};

export const optimizerField: Field = {
  key: 'optimizer',
  label: 'optimizer',
  kind: 'choice',
  choices: optimizerIds,
  read: (s) => s.optimizer,
  write: (s, v) => ({ ...s, optimizer: v as string }),
};

export const scheduleField: Field = {
  key: 'schedule',
  label: 'schedule',
  kind: 'choice',
  choices: scheduleIds,
  read: (s) => s.schedule,
  write: (s, v) => (v === s.schedule ? s : { ...s, schedule: v as string, scheduleParams: {} }),
};

export const lrField: Field = {
  key: 'lr',
  label: 'learning rate η',
  kind: 'number',
  min: LR_LIMITS.min,
  max: LR_LIMITS.max,
  scale: 'log',
  read: (s) => s.lr,
  write: (s, v) => ({ ...s, lr: num(v) }),
};

export const startField: Field = {
  key: 'start',
  label: 'start',
  kind: 'point',
  read: (s) => s.start ?? surfaceOf(s).start,
  write: (s, v) => ({ ...s, start: v as readonly number[] }),
};

const simple = (key: string, label: string, kind: 'number' | 'integer', min: number, max: number, scale: 'linear' | 'log', prop: 'steps' | 'noise' | 'seed' | 'stepsPerSecond'): Field => ({
  key,
  label,
  kind: 'number',
  integer: kind === 'integer',
  min,
  max,
  scale,
  read: (s) => s[prop],
  write: (s, v) => ({ ...s, [prop]: num(v) }),
});

export const stepsField = simple('steps', 'max steps', 'integer', 1, 10000, 'log', 'steps');
export const noiseField = simple('noise', 'gradient noise σ', 'number', 0, 100, 'linear', 'noise');
export const seedField = simple('seed', 'seed (noise, order of examples)', 'integer', 0, 2 ** 32 - 1, 'linear', 'seed');
export const speedField = simple('speed', 'speed (steps/s)', 'number', 0.25, 500, 'log', 'stepsPerSecond');

export const samplingField: Field = {
  key: 'sampling',
  label: 'each step looks at',
  kind: 'choice',
  choices: ['full', 'stochastic'],
  read: (s) => s.sampling,
  write: (s, v) => ({ ...s, sampling: v as Settings['sampling'] }),
};

export const autoplayField: Field = {
  key: 'autoplay',
  label: 'autoplay',
  kind: 'boolean',
  read: (s) => s.autoplay,
  write: (s, v) => ({ ...s, autoplay: v as boolean }),
};

export const chartField: Field = {
  key: 'chart',
  label: 'loss axis',
  kind: 'choice',
  choices: ['log', 'linear'],
  read: (s) => s.lossScale,
  write: (s, v) => ({ ...s, lossScale: v as 'log' | 'linear' }),
};

const stopSpecs: readonly (Omit<Field, 'read' | 'write'> & { key: keyof StopSettings })[] = [
  { key: 'lossBelow', label: 'stop when loss below', kind: 'number', min: -1e12, max: 1e12, scale: 'log' },
  { key: 'gradNormBelow', label: 'stop when slope below', kind: 'number', min: 0, max: 1e6, scale: 'log' },
  { key: 'patience', label: 'stop after no gain for (steps)', kind: 'number', integer: true, min: 0, max: 10000, scale: 'log' },
  { key: 'minDelta', label: 'a gain must exceed', kind: 'number', min: 0, max: 1e6, scale: 'log' },
  { key: 'epochs', label: 'stop after epochs', kind: 'number', integer: true, min: 0, max: 10000, scale: 'log' },
];

/** Stop-rule fields; their value is `NaN` while unset (the core's default applies). */
export const stopFields: readonly Field[] = stopSpecs.map((spec) => ({
  ...spec,
  read: (s) => s.stop[spec.key] ?? Number.NaN,
  write: (s, v) => ({ ...s, stop: { ...s.stop, [spec.key]: Number.isNaN(num(v)) ? undefined : num(v) } }),
}));

/** A hyperparameter's field: unset, it reads as the optimizer's default. */
const hyperField = (spec: ParamSpec): Field =>
  fromSpec(
    spec,
    (t) => t.hyper[spec.name as HyperparamName] ?? spec.default,
    (t, v) => ({ ...t, hyper: { ...t.hyper, [spec.name as HyperparamName]: v } }),
  );

/** The hyperparameter fields of the current optimizer. */
export function hyperFields(s: Settings): Field[] {
  return getOptimizer(s.optimizer).hyperparams.map(hyperField);
}

/**
 * Every hyperparameter any optimizer has, for reading a URL: a value for another optimizer is kept
 * and applies once that optimizer is chosen.
 */
export function anyHyperField(key: string): Field | undefined {
  if (!(hyperparamNames as readonly string[]).includes(key)) return undefined;
  const spec = optimizerIds.flatMap((id) => getOptimizer(id).hyperparams).find((p) => p.name === key);
  return spec && hyperField(spec);
}

/** The parameter fields of the current valley. */
export function surfaceParamFields(s: Settings): Field[] {
  const surface = surfaceOf(s);
  return surface.params.map((spec) =>
    fromSpec(
      spec,
      (t) => surfaceOf(t).values[spec.name] ?? spec.default,
      (t, v) => ({ ...t, surfaceParams: { ...t.surfaceParams, [spec.name]: v } }),
    ),
  );
}

/** The parameter fields of the current schedule. */
export function scheduleParamFields(s: Settings): Field[] {
  const kind = schedules[s.schedule] ?? schedules.constant!;
  return kind.params.map((spec) =>
    fromSpec(
      spec,
      (t) => t.scheduleParams[spec.name] ?? spec.default,
      (t, v) => ({ ...t, scheduleParams: { ...t.scheduleParams, [spec.name]: v } }),
    ),
  );
}

const choice = <K extends 'mode' | 'controls' | 'tab'>(key: string, label: string, prop: K, choices: readonly Settings[K][]): Field => ({
  key,
  label,
  kind: 'choice',
  choices: choices as readonly string[],
  read: (s) => s[prop] as string,
  write: (s, v) => ({ ...s, [prop]: v }),
});

/** Applying a scene replaces the settings; keys after it in a URL adjust the scene. */
export const sceneField: Field = {
  key: 'scene',
  label: 'scene',
  kind: 'choice',
  choices: teachingSceneIds,
  read: (s) => s.scene ?? '',
  write: (s, v) => applyTeachingScene(s, v as string),
};

export const modeField = choice('mode', 'hikers', 'mode', ['single', 'fan', 'race']);
export const controlsField = choice('controls', 'controls', 'controls', ['full', 'minimal', 'none']);
export const tabField = choice('tab', 'chart', 'tab', ['loss', 'sweep']);

export const fanCountField: Field = {
  key: 'fan',
  label: 'hikers in the fan',
  kind: 'number',
  integer: true,
  min: 2,
  max: MAX_HIKERS,
  scale: 'linear',
  read: (s) => s.fanCount,
  write: (s, v) => ({ ...s, fanCount: num(v), fanRates: undefined }),
};

export const fanSpreadField: Field = {
  key: 'spread',
  label: 'largest rate ÷ smallest',
  kind: 'number',
  min: 1.5,
  max: 1e6,
  scale: 'log',
  read: (s) => s.fanSpread,
  write: (s, v) => ({ ...s, fanSpread: num(v), fanRates: undefined }),
};

export const fanRatesField: Field = {
  key: 'rates',
  label: 'rates',
  kind: 'rates',
  min: LR_LIMITS.min,
  max: LR_LIMITS.max,
  read: (s) => s.fanRates ?? [],
  // No rates: the fan spreads its own around lr.
  write: (s, v) => ({ ...s, fanRates: (v as readonly number[]).length > 0 ? (v as readonly number[]) : undefined }),
};

export const racersField: Field = {
  key: 'race',
  label: 'racers',
  kind: 'racers',
  min: LR_LIMITS.min,
  max: LR_LIMITS.max,
  choices: optimizerIds,
  read: (s) => s.racers,
  write: (s, v) => ({ ...s, racers: v as readonly Racer[] }),
};

export const presenterField: Field = {
  key: 'presenter',
  label: 'presenter mode',
  kind: 'boolean',
  read: (s) => s.presenter,
  write: (s, v) => ({ ...s, presenter: v as boolean }),
};

/** The fields of the current mode: a fan's size and spread (or hand-picked rates), or the racers. */
function modeFields(s: Settings): Field[] {
  if (s.mode === 'fan') return s.fanRates ? [fanRatesField] : [fanCountField, fanSpreadField];
  if (s.mode === 'race') return [racersField];
  return [];
}

/** Every field that applies to these settings, in URL order. */
export function fieldsFor(s: Settings): Field[] {
  return [
    ...(s.scene ? [sceneField] : []),
    surfaceField,
    ...(s.surface === FORMULA ? [formulaField] : []),
    ...surfaceParamFields(s),
    optimizerField,
    ...hyperFields(s),
    lrField,
    startField,
    stepsField,
    noiseField,
    seedField,
    ...(madeFromData(s) ? [samplingField] : []),
    scheduleField,
    ...scheduleParamFields(s),
    ...stopFields,
    speedField,
    autoplayField,
    chartField,
    modeField,
    ...modeFields(s),
    presenterField,
    controlsField,
    tabField,
  ];
}

/**
 * Fields that a URL may carry whatever the mode or valley: a fan's or a race's, or how a valley made
 * from data is sampled, kept for when they apply.
 */
export const modeDependentFields: readonly Field[] = [fanCountField, fanSpreadField, fanRatesField, racersField, samplingField, formulaField];

/**
 * Every field that is not a parameter of a valley, an optimizer or a schedule: their keys and the
 * parameters' names share one namespace (the URL's, the element's attributes), kept apart by a test.
 */
export const fixedFields: readonly Field[] = [
  sceneField,
  surfaceField,
  formulaField,
  optimizerField,
  lrField,
  startField,
  stepsField,
  noiseField,
  seedField,
  samplingField,
  scheduleField,
  ...stopFields,
  speedField,
  autoplayField,
  chartField,
  modeField,
  fanCountField,
  fanSpreadField,
  fanRatesField,
  racersField,
  presenterField,
  controlsField,
  tabField,
];

/**
 * Every key any setting may have, whatever the valley, optimizer, schedule or mode: the attributes
 * the custom element observes.
 */
export function settingKeys(): string[] {
  const keys = new Set<string>([...fixedFields.map((f) => f.key), ...hyperparamNames]);
  for (const surface of Object.values(surfaces)) for (const p of surface.params) keys.add(p.name);
  for (const schedule of Object.values(schedules)) for (const p of schedule.params) keys.add(p.name);
  return [...keys];
}
