import { fieldsFor, fixedFields, settingKeys } from '../state/schema';
import type { Settings } from '../state/settings';
import type { RaceEntry } from './settingTypes';

/**
 * Every setting's key, from the schema (the registries' parameters included): each is an attribute
 * and a property. `PropertyKinds` (in `settingTypes.ts`) gives their types, and a test keeps it complete.
 */
export const settingProperties: readonly string[] = settingKeys();

/** The attribute of a setting: its key in lower case, as HTML reads `weightDecay="0.1"` anyway. */
export const attributeOf = (key: string): string => key.toLowerCase();

const keyByAttribute = new Map<string, string>(settingProperties.map((key) => [attributeOf(key), key]));

/** The setting an attribute sets, if it is one. */
export const settingOfAttribute = (name: string): string | undefined => keyByAttribute.get(name.toLowerCase());

const isRaceEntry = (value: unknown): value is RaceEntry =>
  typeof value === 'object' && value !== null && 'optimizer' in value && 'lr' in value;

/**
 * A property's value as its attribute's text; null removes the attribute. Values of the wrong kind
 * become text too, which the playground then explains it cannot read.
 */
export function attributeText(key: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' && fixedFields.some((f) => f.key === key && f.kind === 'boolean')) return value ? '1' : '0';
  if (Array.isArray(value)) return value.map((v) => (isRaceEntry(v) ? `${String(v.optimizer)}:${String(v.lr)}` : String(v))).join(',');
  return String(value);
}

/** The value a setting has in `settings`, typed; undefined where it does not apply or is unset. */
export function propertyValue(settings: Settings, key: string): unknown {
  const field = fieldsFor(settings).find((f) => f.key === key);
  if (!field) return undefined;
  const value = field.read(settings);
  if (typeof value === 'number' && Number.isNaN(value)) return undefined;
  if (key === 'scene' && value === '') return undefined;
  return Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'object' && v !== null ? { ...v } : v)) : value;
}
