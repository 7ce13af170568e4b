import { DEFAULT_GRAD_NORM_BELOW, DEFAULT_LOSS_MARGIN, getOptimizer, optimizerIds, scheduleIds, schedules, surfaceIds, surfaces } from '../core';
import { FORMULA } from './formulas';
import {
  autoplayField,
  chartField,
  fanCountField,
  fanRatesField,
  fanSpreadField,
  formulaField,
  hyperFields,
  modeField,
  noiseField,
  optimizerField,
  presenterField,
  racersField,
  samplingField,
  scheduleField,
  scheduleParamFields,
  seedField,
  speedField,
  stepsField,
  stopFields,
  surfaceField,
  surfaceParamFields,
  type Field,
} from './schema';
import type { Settings } from './settings';
import { madeFromData, surfaceOf } from './surface';

/** One control of the panel: how a setting is shown and edited. */
export type PanelControl =
  /** A typed number; `unset` gives the value to show while the setting is unset (a stop rule's default). */
  | { readonly kind: 'number'; readonly field: Field; readonly label?: string; readonly disabled?: boolean; readonly unset?: (s: Settings) => number }
  | { readonly kind: 'slider'; readonly field: Field }
  /** A menu; `options` maps what the reader sees to the value. */
  | { readonly kind: 'choice'; readonly field: Field; readonly options: Readonly<Record<string, string>> }
  | { readonly kind: 'checkbox'; readonly field: Field }
  /** A list typed as text, read as the URL reads it; with `emptyClears`, an empty list unsets it. */
  | { readonly kind: 'list'; readonly field: Field; readonly label: string; readonly emptyClears?: boolean }
  | { readonly kind: 'formula'; readonly field: Field };

/** A folder of the panel. */
export interface PanelGroup {
  readonly title: string;
  /** Whether it starts folded. */
  readonly closed: boolean;
  readonly controls: readonly PanelControl[];
}

/** The settings' structure: when it changes, the panel's groups change too. */
export const panelStructure = (s: Settings): string => `${s.surface}|${s.optimizer}|${s.schedule}|${s.mode}|${Boolean(s.fanRates)}`;

/** A parameter's control: a slider over a linear range, a typed number over decades. */
const parameter = (field: Field): PanelControl => (field.scale === 'log' ? { kind: 'number', field } : { kind: 'slider', field });

/** The value a stop rule has while the learner has not set it: the core's default. */
function stopDefault(key: string): (s: Settings) => number {
  if (key === 'lossBelow') return (s) => (surfaceOf(s).minLoss ?? 0) + DEFAULT_LOSS_MARGIN;
  if (key === 'gradNormBelow') return () => DEFAULT_GRAD_NORM_BELOW;
  return () => 0;
}

const registryOptions = (ids: readonly string[], label: (id: string) => string): Record<string, string> => Object.fromEntries(ids.map((id) => [label(id), id]));

/** The panel's groups for these settings, in order: what the panel shows is data, read here. */
export function panelGroups(settings: Settings): PanelGroup[] {
  const fan = settings.mode === 'fan';
  return [
    {
      title: 'Hikers',
      closed: true,
      controls: [
        { kind: 'choice', field: modeField, options: { 'one hiker': 'single', 'a fan of rates': 'fan', 'a race of optimizers': 'race' } },
        ...(fan && !settings.fanRates ? [{ kind: 'slider', field: fanCountField } as const, { kind: 'number', field: fanSpreadField } as const] : []),
        ...(fan ? [{ kind: 'list', field: fanRatesField, label: 'rates (comma-separated; empty: spread)', emptyClears: true } as const] : []),
        ...(settings.mode === 'race' ? [{ kind: 'list', field: racersField, label: 'racers (optimizer:rate, …)' } as const] : []),
      ],
    },
    {
      title: 'Playback',
      closed: true,
      controls: [{ kind: 'number', field: speedField, label: 'speed (steps per second)' }, { kind: 'checkbox', field: autoplayField }],
    },
    {
      title: 'Valley',
      closed: false,
      controls: [
        { kind: 'choice', field: surfaceField, options: { ...registryOptions(surfaceIds, (id) => `${surfaces[id]!.label} (${surfaces[id]!.dim}-D)`), 'Your own formula…': FORMULA } },
        ...(settings.surface === FORMULA ? [{ kind: 'formula', field: formulaField } as const] : []),
        ...surfaceParamFields(settings).map((field) => ({ kind: 'slider', field }) as const),
        ...(madeFromData(settings)
          ? [{ kind: 'choice', field: samplingField, options: { 'all the examples (full batch)': 'full', 'one example at a time (stochastic)': 'stochastic' } } as const]
          : []),
      ],
    },
    {
      title: 'Optimizer',
      closed: false,
      controls: [{ kind: 'choice', field: optimizerField, options: registryOptions(optimizerIds, (id) => getOptimizer(id).label) }, ...hyperFields(settings).map(parameter)],
    },
    { title: 'Noise', closed: true, controls: [{ kind: 'slider', field: { ...noiseField, max: 20 } }, { kind: 'number', field: seedField }] },
    {
      title: 'Schedule',
      closed: true,
      controls: [{ kind: 'choice', field: scheduleField, options: registryOptions(scheduleIds, (id) => schedules[id]!.label) }, ...scheduleParamFields(settings).map(parameter)],
    },
    {
      title: 'Stop rules',
      closed: true,
      controls: [{ kind: 'number', field: stepsField }, ...stopFields.map((field): PanelControl => ({ kind: 'number', field, unset: stopDefault(field.key) }))],
    },
    {
      title: 'View',
      closed: true,
      controls: [
        { kind: 'choice', field: chartField, options: { 'log scale': 'log', linear: 'linear' } },
        { kind: 'checkbox', field: presenterField },
      ],
    },
  ];
}
