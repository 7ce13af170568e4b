/**
 * A number as a learner reads it: four significant digits, no trailing zeros, plain decimals
 * between 1e-6 and 1e21 (0.0001, 4.5, 1234), exponent form outside (1e-7, 2.5e+30).
 */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'undefined' : value > 0 ? 'infinity' : '−infinity';
  return String(Number(value.toPrecision(digits)));
}
