import { surfaces, type Surface } from '../core';
import { FORMULA, FORMULA_EXAMPLES } from './formulas';
import type { Settings } from './settings';

/**
 * The formula reader (`core/formula`), loaded when a formula is first needed: few pages type one,
 * and the first frame does without it. Until it is there, no formula can be read.
 */
type Reader = typeof import('../core/formula');
let reader: Reader | undefined;
let loading: Promise<void> | undefined;

/** Loads the formula reader, once; a page awaits it before it reads settings that hold a formula. */
export function loadFormulas(): Promise<void> {
  loading ??= import('../core/formula').then((module) => {
    reader = module;
  });
  return loading;
}

/** Whether a formula can be read now. */
export const formulasLoaded = (): boolean => reader !== undefined;

const cache = new Map<string, Surface | Error>();
const CACHE_SIZE = 32;

/**
 * The valley of a formula, or why it has none; remembered, as the same text is asked for every
 * frame. Before the reader has loaded ({@link loadFormulas}), an error that says so, not remembered.
 */
export function formulaSurface(text: string): Surface | Error {
  if (!reader) return new Error('The formula reader has not loaded yet.');
  let result = cache.get(text);
  if (result) return result;
  try {
    result = reader.surfaceFromFormula(text);
  } catch (error) {
    if (!(error instanceof reader.FormulaError)) throw error;
    result = error;
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}

/**
 * Whether the settings' valley is made from data, with examples to step on one at a time. Asked of
 * the registered valley itself, without building one with the settings' parameters: the answer
 * does not depend on them, and the question comes on every change of settings.
 */
export function madeFromData(s: Settings): boolean {
  return s.surface !== FORMULA && surfaces[s.surface]?.examples !== undefined;
}

/** The current valley: a registered one with the settings' parameter values, or the typed formula. */
export function surfaceOf(s: Settings): Surface {
  if (s.surface === FORMULA) {
    const typed = formulaSurface(s.formula);
    if (!(typed instanceof Error)) return typed;
    // Settings only ever hold a formula that parsed, read after the reader loaded; the first
    // example stands in otherwise, and a plain bowl while no formula can be read at all.
    const example = formulaSurface(FORMULA_EXAMPLES[0]!.formula);
    return example instanceof Error ? surfaces.quadratic! : example;
  }
  return (surfaces[s.surface] ?? surfaces.quadratic!).withParams(s.surfaceParams);
}
