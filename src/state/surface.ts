import { FormulaError, surfaceFromFormula, surfaces, type Surface } from '../core';
import { FORMULA, FORMULA_EXAMPLES } from './formulas';
import type { Settings } from './settings';

const cache = new Map<string, Surface | FormulaError>();
const CACHE_SIZE = 32;

/** The valley of a formula, or why it has none; remembered, as the same text is asked for every frame. */
export function formulaSurface(text: string): Surface | FormulaError {
  let result = cache.get(text);
  if (result) return result;
  try {
    result = surfaceFromFormula(text);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
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
    // Settings only ever hold a formula that parsed; the first example stands in otherwise.
    return typed instanceof FormulaError ? (formulaSurface(FORMULA_EXAMPLES[0]!.formula) as Surface) : typed;
  }
  return (surfaces[s.surface] ?? surfaces.quadratic!).withParams(s.surfaceParams);
}
