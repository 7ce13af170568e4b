/**
 * What each setting property of `<lr-playground>` holds, by key: a number, text, a yes or no, a
 * list of numbers, a race's entries, or one of a few words. Types only, so it costs the element
 * nothing; a test reads it and keeps it equal to the settings' schema, key for key and kind for kind.
 */
export interface PropertyKinds {
  scene: 'text';
  surface: 'text';
  formula: 'text';
  optimizer: 'text';
  lr: 'number';
  start: 'numbers';
  steps: 'number';
  noise: 'number';
  seed: 'number';
  sampling: ['full', 'stochastic'];
  schedule: 'text';
  lossBelow: 'number';
  gradNormBelow: 'number';
  patience: 'number';
  minDelta: 'number';
  epochs: 'number';
  speed: 'number';
  autoplay: 'boolean';
  chart: ['log', 'linear'];
  mode: ['single', 'fan', 'race'];
  fan: 'number';
  spread: 'number';
  rates: 'numbers';
  race: 'racers';
  presenter: 'boolean';
  controls: ['full', 'minimal', 'none'];
  tab: ['loss', 'sweep'];
  momentum: 'number';
  eps: 'number';
  alpha: 'number';
  beta1: 'number';
  beta2: 'number';
  weightDecay: 'number';
  a: 'number';
  tilt: 'number';
  b: 'number';
  angle: 'number';
  gamma: 'number';
  stepSize: 'number';
  minFactor: 'number';
  warmupSteps: 'number';
}

/** One entry of a race: an optimizer at its own learning rate. */
export interface RaceEntry {
  readonly optimizer: string;
  readonly lr: number;
}

type ValueOf<K> = K extends 'number'
  ? number
  : K extends 'boolean'
    ? boolean
    : K extends 'numbers'
      ? readonly number[]
      : K extends 'racers'
        ? readonly RaceEntry[]
        : K extends readonly (infer W)[]
          ? W
          : string;

/** The name of a setting: a URL key, an attribute (in lower case) and a property. */
export type SettingKey = keyof PropertyKinds;

/**
 * The setting properties of `<lr-playground>`, one per attribute. Reading one gives the value the
 * playground uses now (`undefined` where the setting does not apply: `momentum` with Adam). Setting
 * one sets its attribute, so the two always agree; `undefined` or `null` removes it, which returns
 * the setting to its default. A value the playground cannot use is named in a notice and ignored.
 */
export type LrPlaygroundSettings = { -readonly [K in SettingKey]: ValueOf<PropertyKinds[K]> | undefined };

/** A theme as the `theme` attribute and property name it: `auto` follows the page's `color-scheme`, else the reader's system. */
export type ThemeAttribute = 'auto' | 'light' | 'dark';
