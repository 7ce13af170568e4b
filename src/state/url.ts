import { MAX_FORMULA_LENGTH, describeRange, formatNumber, inRange, surfaces } from '../core';
import {
  anyHyperField,
  fieldsFor,
  formulaField,
  lrField,
  modeDependentFields,
  modeField,
  optimizerField,
  sceneField,
  scheduleField,
  surfaceField,
  surfaceOf,
  type Field,
  type FieldValue,
} from './schema';
import { MAX_HIKERS, defaultSettings, type Racer, type Settings } from './settings';
import { FORMULA } from './formulas';
import { formulaSurface } from './surface';
import { withSafeRate } from './safeRate';

/** A decimal number: no hex, no `Infinity`, no blanks. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const MAX_VALUE_LENGTH = 200;
const MAX_ENTRIES = 100;

/** A value as it may be shown back to the user: short, and only ever used as text. */
export function quote(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '');
  return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 39)}…` : clean);
}

function parseNumber(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text) : undefined;
}

/** Parses one field's text against the settings it will go into; returns the value or why not. */
export function parseValue(field: Field, text: string, settings: Settings): { value: FieldValue } | { error: string } {
  switch (field.kind) {
    case 'choice':
      return field.choices?.includes(text) ? { value: text } : { error: `must be one of ${field.choices?.join(', ')}` };
    case 'boolean':
      if (text === '1' || text === 'true') return { value: true };
      if (text === '0' || text === 'false') return { value: false };
      return { error: 'must be 1 or 0' };
    case 'rates': {
      const rates = text.split(',').map(parseNumber);
      const ok = rates.length >= 2 && rates.length <= MAX_HIKERS && rates.every((r) => r !== undefined && inRange(field, r));
      return ok ? { value: rates as number[] } : { error: `must be 2 to ${MAX_HIKERS} rates, each ${describeRange(field).replace(/^must be /, '')}, separated by commas` };
    }
    case 'racers': {
      const racers = text.split(',').map((entry): Racer | undefined => {
        const [optimizer, rate] = entry.split(':');
        const lr = parseNumber(rate ?? '');
        return optimizer && field.choices?.includes(optimizer) && lr !== undefined && inRange(field, lr) ? { optimizer, lr } : undefined;
      });
      const ok = racers.length >= 1 && racers.length <= MAX_HIKERS && racers.every((r) => r !== undefined);
      return ok
        ? { value: racers as Racer[] }
        : { error: `must be 1 to ${MAX_HIKERS} entries optimizer:rate, such as sgd:0.01,adam:0.05 (optimizers: ${field.choices?.join(', ')})` };
    }
    case 'formula': {
      const surface = formulaSurface(text);
      if (!(surface instanceof Error)) return { value: text };
      return { error: `cannot be read (${surface.message.charAt(0).toLowerCase()}${surface.message.slice(1).replace(/\.$/, '')})` };
    }
    case 'point': {
      const surface = surfaceOf(settings);
      const parts = text.split(',').map(parseNumber);
      const box = surface.domain.map(([lo, hi]) => `${formatNumber(lo)}…${formatNumber(hi)}`).join(' × ');
      const shape = surface.dim === 1 ? 'x' : 'x,y';
      if (parts.length !== surface.dim || parts.some((v) => v === undefined)) {
        return { error: `must be ${shape} for the ${surface.label} valley` };
      }
      const point = parts as number[];
      if (!point.every((v, i) => v >= (surface.domain[i]?.[0] ?? 0) && v <= (surface.domain[i]?.[1] ?? 0))) {
        return { error: `must lie inside the valley's box ${box}` };
      }
      if (!Number.isFinite(surface.f(point))) return { error: 'the loss is not defined there' };
      return { value: point };
    }
    default: {
      const value = parseNumber(text);
      return value !== undefined && inRange(field, value) ? { value } : { error: describeRange(field) };
    }
  }
}

/** A field's value as URL text. */
export function fieldText(field: Field, value: FieldValue): string {
  if (field.kind === 'boolean') return value ? '1' : '0';
  if (field.kind === 'racers') return (value as readonly Racer[]).map((r) => `${r.optimizer}:${r.lr}`).join(',');
  if (field.kind === 'rates') return (value as readonly number[]).map(String).join(',');
  if (field.kind === 'point') return (value as readonly number[]).map((v) => String(v)).join(',');
  return String(value);
}

/** Query-string entries, then hash entries: later ones win, so the hash overrides the query. */
export function locationEntries(search: string, hash: string): [string, string][] {
  const read = (text: string): [string, string][] => [...new URLSearchParams(text.replace(/^[?#]/, '')).entries()];
  return [...read(search), ...read(hash)];
}

/**
 * Whether reading these entries needs the formula reader, which loads on demand
 * ({@link loadFormulas}): a formula is given, or the typed valley chosen.
 */
export function needsFormulas(entries: readonly (readonly [string, string])[]): boolean {
  return entries.some(([key, value]) => key === 'formula' || (key === 'surface' && value === FORMULA));
}

export interface Decoded {
  readonly settings: Settings;
  /** One sentence per ignored entry, naming its key; shown to the user as plain text. */
  readonly notices: readonly string[];
}

/**
 * Reads settings from key/value pairs (a URL's, or an element's attributes). A bad value is
 * ignored, and reported in a notice that names the key. Entries that change the valley without
 * a rate get a safe rate when the one carried over diverges on the new valley, with a notice
 * ({@link withSafeRate}); `safeRate` false reads them as they are.
 */
export function decodeSettings(entries: Iterable<readonly [string, string]>, base: Settings = defaultSettings, safeRate = true): Decoded {
  const notices: string[] = [];
  const given = new Map<string, string>();
  let count = 0;
  for (const [key, value] of entries) {
    if (++count > MAX_ENTRIES) {
      notices.push(`Ignored settings after the first ${MAX_ENTRIES}.`);
      break;
    }
    given.set(key, value);
  }
  let settings = base;
  const apply = (field: Field, text: string): void => {
    if (text.length > (field.kind === 'formula' ? MAX_FORMULA_LENGTH : MAX_VALUE_LENGTH)) {
      notices.push(`Ignored ${field.key}: its value is too long.`);
      return;
    }
    const parsed = parseValue(field, text, settings);
    if ('error' in parsed) notices.push(`Ignored ${field.key}=${quote(text)}: it ${parsed.error}.`);
    else settings = field.write(settings, parsed.value);
  };
  const rateCarried = !given.has('lr') && (given.has('surface') || given.has('formula'));
  // A scene sets everything at once; the valley, optimizer, schedule and mode decide which other keys exist.
  for (const field of [sceneField, surfaceField, formulaField, optimizerField, scheduleField, modeField]) {
    const text = given.get(field.key);
    if (text !== undefined) apply(field, text);
    given.delete(field.key);
  }
  const fields = new Map(fieldsFor(settings).map((f) => [f.key, f]));
  for (const [key, text] of given) {
    const field = fields.get(key) ?? anyHyperField(key) ?? modeDependentFields.find((f) => f.key === key);
    if (field) {
      apply(field, text);
    } else if (Object.values(surfaces).some((s) => s.params.some((p) => p.name === key))) {
      notices.push(`Ignored ${quote(key)}: the ${surfaceOf(settings).label} valley has no parameter of that name.`);
    } else {
      notices.push(`Ignored ${quote(key)}: not a setting of this playground.`);
    }
  }
  if (!safeRate || !rateCarried) return { settings, notices };
  const safe = withSafeRate(base, settings);
  return { settings: safe.settings, notices: safe.notice ? [...notices, safe.notice] : notices };
}

/** Every setting that applies, as `key=value&…`: a link that reproduces the exact scene. */
export function encodeSettings(settings: Settings): string {
  const params = new URLSearchParams();
  for (const field of fieldsFor(settings)) {
    const value = field.read(settings);
    if (typeof value === 'number' && Number.isNaN(value)) continue;
    params.set(field.key, fieldText(field, value));
  }
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/**
 * The shortest entries that decode to `settings`: its scene, if any, then every key whose value
 * differs from what the scene (or the defaults) gives. For links and embed code a person reads.
 */
export function essentialEntries(settings: Settings): [string, string][] {
  const entries: [string, string][] = settings.scene ? [[sceneField.key, settings.scene]] : [];
  const structural = [surfaceField, ...(settings.surface === FORMULA ? [formulaField] : []), optimizerField, scheduleField, modeField];
  const sceneOnly = decodeSettings(entries).settings;
  for (const field of structural) {
    const text = fieldText(field, field.read(settings));
    if (text !== fieldText(field, field.read(sceneOnly))) entries.push([field.key, text]);
  }
  const base = decodeSettings(entries, defaultSettings, false).settings;
  // With another valley the rate is always written: read without one, a rate that diverges there would be replaced.
  const valleyGiven = entries.some(([key]) => key === surfaceField.key || key === formulaField.key);
  for (const field of fieldsFor(settings)) {
    if (field === sceneField || structural.includes(field)) continue;
    const value = field.read(settings);
    if (typeof value === 'number' && Number.isNaN(value)) continue;
    const text = fieldText(field, value);
    if (text !== fieldText(field, field.read(base)) || (field === lrField && valleyGiven)) entries.push([field.key, text]);
  }
  return entries;
}
