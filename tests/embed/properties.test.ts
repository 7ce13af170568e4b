import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { scheduleIds, surfaceIds } from '../../src/core';
import { attributeOf, attributeText, propertyValue, settingOfAttribute, settingProperties } from '../../src/embed/properties';
import { anyHyperField, fixedFields, optimizerField, sceneField, scheduleField, scheduleParamFields, settingKeys, surfaceField, surfaceParamFields, type Field } from '../../src/state/schema';
import { defaultSettings } from '../../src/state/settings';
import { decodeSettings } from '../../src/state/url';

/** Every field any setting key has, whatever the valley, optimizer or schedule. */
function everyField(): Map<string, Field> {
  const fields = new Map<string, Field>(fixedFields.map((f) => [f.key, f]));
  for (const key of settingKeys()) {
    const hyper = anyHyperField(key);
    if (hyper) fields.set(key, hyper);
  }
  for (const surface of surfaceIds) for (const f of surfaceParamFields({ ...defaultSettings, surface })) fields.set(f.key, f);
  for (const schedule of scheduleIds) for (const f of scheduleParamFields({ ...defaultSettings, schedule })) fields.set(f.key, f);
  return fields;
}

/** Choices from a registry, which grows: typed as text, not as today's list. */
const registries = new Set([surfaceField, optimizerField, scheduleField, sceneField]);

/** The property kind a field's values have. */
function kindOf(field: Field): string | readonly string[] {
  if (field.kind === 'point' || field.kind === 'rates') return 'numbers';
  if (field.kind === 'racers') return 'racers';
  if (field.kind === 'formula' || registries.has(field)) return 'text';
  if (field.kind === 'choice') return field.choices ?? [];
  return field.kind;
}

/** The `PropertyKinds` interface of `src/embed/settingTypes.ts` (types only), read with TypeScript's parser: each key and its kind. */
function propertyKinds(): Record<string, string | string[]> {
  const file = join(__dirname, '../../src/embed/settingTypes.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const declaration = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'PropertyKinds')!;
  const literal = (node: ts.TypeNode): string => ((node as ts.LiteralTypeNode).literal as ts.StringLiteral).text;
  return Object.fromEntries(
    declaration.members.filter(ts.isPropertySignature).map((m) => [m.name.getText(source), ts.isTupleTypeNode(m.type!) ? m.type.elements.map(literal) : literal(m.type!)]),
  );
}

describe('PropertyKinds', () => {
  test('has one entry per setting key, of the kind of its field (a new parameter name must be added there)', () => {
    const fields = everyField();
    const kinds = propertyKinds();
    expect(Object.keys(kinds).sort()).toEqual([...settingKeys()].sort());
    for (const [key, kind] of Object.entries(kinds)) expect([key, kind]).toEqual([key, kindOf(fields.get(key)!)]);
  });
});

describe('attributes of the settings', () => {
  test('attributeOf(key) is the key in lower case, one attribute per key, and settingOfAttribute reads it back in any case', () => {
    const attributes = settingProperties.map(attributeOf);
    expect(new Set(attributes).size).toBe(settingProperties.length);
    expect(attributeOf('weightDecay')).toBe('weightdecay');
    expect(settingOfAttribute('weightdecay')).toBe('weightDecay');
    expect(settingOfAttribute('WeightDecay')).toBe('weightDecay');
    expect(settingOfAttribute('onclick')).toBeUndefined();
  });
});

describe('attributeText', () => {
  test('writes numbers, text, yes or no, lists and race entries as their attribute text', () => {
    expect(attributeText('lr', 0.5)).toBe('0.5');
    expect(attributeText('surface', 'rosenbrock')).toBe('rosenbrock');
    expect(attributeText('autoplay', true)).toBe('1');
    expect(attributeText('presenter', false)).toBe('0');
    expect(attributeText('start', [1.5, -2])).toBe('1.5,-2');
    expect(attributeText('rates', [0.01, 0.1])).toBe('0.01,0.1');
    expect(attributeText('race', [{ optimizer: 'sgd', lr: 0.01 }, { optimizer: 'adam', lr: 0.05 }])).toBe('sgd:0.01,adam:0.05');
  });

  test('null and undefined remove the attribute', () => {
    expect(attributeText('lr', null)).toBeNull();
    expect(attributeText('lr', undefined)).toBeNull();
  });

  test('a value of the wrong kind becomes text that decodeSettings refuses with a notice naming the key', () => {
    for (const [key, value] of [
      ['lr', {}],
      ['lr', true],
      ['steps', [1, 2]],
      ['autoplay', 'perhaps'],
    ] as const) {
      const text = attributeText(key, value)!;
      const { settings, notices } = decodeSettings([[key, text]]);
      expect(settings).toEqual(defaultSettings);
      expect(notices.join(' ')).toContain(`Ignored ${key}=`);
    }
  });
});

describe('propertyValue', () => {
  const settings = decodeSettings([
    ['surface', 'rosenbrock'],
    ['optimizer', 'adamw'],
    ['lr', '0.002'],
    ['start', '-1,1.5'],
    ['weightDecay', '0.05'],
    ['autoplay', '1'],
  ]).settings;

  test('reads each setting typed as its property holds it', () => {
    expect(propertyValue(settings, 'lr')).toBe(0.002);
    expect(propertyValue(settings, 'surface')).toBe('rosenbrock');
    expect(propertyValue(settings, 'start')).toEqual([-1, 1.5]);
    expect(propertyValue(settings, 'weightDecay')).toBe(0.05);
    expect(propertyValue(settings, 'autoplay')).toBe(true);
    expect(propertyValue(settings, 'beta1')).toBe(0.9);
  });

  test('is undefined where the setting does not apply or is unset', () => {
    expect(propertyValue(settings, 'momentum')).toBeUndefined();
    expect(propertyValue(settings, 'scene')).toBeUndefined();
    expect(propertyValue(settings, 'lossBelow')).toBeUndefined();
    expect(propertyValue(settings, 'race')).toBeUndefined();
  });

  test('gives copies: changing a list read from it changes nothing', () => {
    const start = propertyValue(settings, 'start') as number[];
    start[0] = 99;
    expect(propertyValue(settings, 'start')).toEqual([-1, 1.5]);
  });
});
