import { formatNumber } from './format';

/** A number in a written-out equation: three significant digits, negatives in parentheses. */
export function term(value: number): string {
  const text = formatNumber(value, 3).replace('-', '−');
  return value < 0 ? `(${text})` : text;
}

/** A number at the start or end of an equation, where a sign needs no parentheses. */
export const value = (v: number): string => formatNumber(v, 3).replace('-', '−');
