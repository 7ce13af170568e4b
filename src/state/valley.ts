import { FormulaError, surfaceFromFormula, surfaces, type Surface } from '../core';
import type { Settings } from './settings';

/** The `surface` value of a valley typed as a formula (its text is in `settings.formula`). */
export const FORMULA = 'formula';

/** Formulas worth trying, each showing something; the first is the default. */
export const FORMULA_EXAMPLES: readonly { readonly label: string; readonly formula: string }[] = [
  { label: 'a tilted bowl', formula: 'x^2 + 3*y^2 + x*y' },
  { label: 'two valleys (1-D)', formula: 'x^4 - 4*x^2 + x' },
  { label: 'Rosenbrock’s banana', formula: '(1 - x)^2 + 100*(y - x^2)^2' },
  { label: 'an egg crate', formula: 'sin(2*x)*cos(2*y) + (x^2 + y^2)/4' },
  { label: 'a sharp V', formula: 'abs(x) + 2*abs(y)' },
  { label: 'a saddle', formula: 'x^2 - y^2' },
  { label: 'a gentle trough', formula: 'log(1 + x^2 + 10*y^2)' },
];

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
