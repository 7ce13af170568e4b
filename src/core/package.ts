/**
 * The core as the npm package exports it (`lr-playground/core`): everything `./index` exports, and
 * the formula reader beside it, which the app itself loads only on demand (`state/surface`).
 */
export * from './index';
export { FUNCTION_NAMES, FormulaError, surfaceFromFormula } from './formula';
