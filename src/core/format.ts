/**
 * A number as a learner reads it: four significant digits, no trailing zeros, plain decimals
 * between 1e-6 and 1e21 (0.0001, 4.5, 1234), exponent form outside (1e-7, 2.5e+30).
 */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'undefined' : value > 0 ? 'infinity' : '−infinity';
  return String(Number(value.toPrecision(digits)));
}

/**
 * A number in a sentence: as {@link formatNumber} (`digits` significant) from 0.000001 up to
 * 100 000, and outside in powers of ten as people write them, to two digits at most (3.3 × 10⁶,
 * 10⁹, 2 × 10⁻⁷), never 3256000 or 1e-7: at that size, a number is read for its size.
 */
export function formatReadable(value: number, digits = 4): string {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || value === 0 || (magnitude >= 1e-6 && magnitude < 1e5)) return formatNumber(value, digits);
  const [mantissa, exponent] = value.toExponential(Math.min(digits, 2) - 1).split('e') as [string, string];
  const m = String(Number(mantissa)).replace('-', '−');
  const power = `10${superscript(Number(exponent))}`;
  return m === '1' ? power : m === '−1' ? `−${power}` : `${m} × ${power}`;
}

/** Tick labels for axes: short, and in exponent form only where decimals would get long. */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e4 || magnitude < 1e-3) {
    const [mantissa, exponent] = value.toExponential(1).split('e') as [string, string];
    const m = mantissa.replace(/\.0$/, '').replace('-', '−');
    const factor = m === '1' ? '' : m === '−1' ? '−' : `${m}×`;
    return `${factor}10${superscript(Number(exponent))}`;
  }
  return String(Number(value.toPrecision(3))).replace('-', '−');
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(n: number): string {
  const digits = String(Math.abs(n))
    .split('')
    .map((d) => SUPERSCRIPTS[Number(d)])
    .join('');
  return (n < 0 ? '⁻' : '') + digits;
}
