/**
 * A number as a learner reads it: four significant digits, no trailing zeros, plain decimals
 * between 1e-6 and 1e21 (0.0001, 4.5, 1234), exponent form outside (1e-7, 2.5e+30).
 */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'undefined' : value > 0 ? 'infinity' : '−infinity';
  return String(Number(value.toPrecision(digits)));
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
