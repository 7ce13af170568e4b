import { describe, expect, test } from 'vitest';
import { hyperparamNames, schedules, surfaces } from '../../src/core';
import { fixedFields, settingKeys } from '../../src/state/schema';

/** Keys of the standalone page (`lesson`) and of the element (`theme`) beside the settings. */
const PAGE_KEYS = ['lesson', 'theme'];

/** Who uses each key of the URL (and of the element's attributes). */
function owners(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const own = (key: string, owner: string): void => {
    map.set(key, (map.get(key) ?? new Set()).add(owner));
  };
  for (const field of fixedFields) own(field.key, 'setting');
  for (const key of PAGE_KEYS) own(key, 'page');
  for (const name of hyperparamNames) own(name, 'hyperparameter');
  for (const surface of Object.values(surfaces)) for (const p of surface.params) own(p.name, 'valley parameter');
  for (const schedule of Object.values(schedules)) for (const p of schedule.params) own(p.name, 'schedule parameter');
  return map;
}

describe('URL keys', () => {
  test.each([...owners()].map(([key, who]) => [key, [...who]] as const))('%s has one meaning', (key, who) => {
    expect(who, `${key} is used by ${who.join(' and ')}`).toHaveLength(1);
  });

  test('fixed fields have distinct keys', () => {
    const keys = fixedFields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('settingKeys is every key of every kind', () => {
    expect(new Set(settingKeys())).toEqual(new Set([...owners().keys()].filter((k) => !PAGE_KEYS.includes(k))));
  });
});
