import { describe, expect, test } from 'vitest';
import { createRng, formatNumber, formatReadable } from '../../src/core';

describe('createRng', () => {
  test('the same seed gives the same stream; different seeds differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const draw = (r: ReturnType<typeof createRng>) => Array.from({ length: 5 }, () => r.uniform());
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
  });

  test('uniform lies in [0, 1) with mean ½ and variance 1/12', () => {
    const rng = createRng(1);
    const xs = Array.from({ length: 200_000 }, () => rng.uniform());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
  });

  test('normal has mean 0, variance 1, and 95% within ±1.96', () => {
    const rng = createRng(2);
    const xs = Array.from({ length: 200_000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(variance).toBeCloseTo(1, 1);
    expect(xs.filter((x) => Math.abs(x) < 1.959964).length / xs.length).toBeCloseTo(0.95, 2);
  });
});

describe('formatNumber', () => {
  test.each([
    [0.0001, '0.0001'],
    [4.5, '4.5'],
    [4500000, '4500000'],
    [1 / 3, '0.3333'],
    [1e-7, '1e-7'],
    [2.5e30, '2.5e+30'],
    [Number.NaN, 'undefined'],
    [Infinity, 'infinity'],
    [-Infinity, '−infinity'],
  ])('formatNumber(%s) is %s', (value, text) => expect(formatNumber(value)).toBe(text));
});

describe('formatReadable', () => {
  test.each([
    [4.5, '4.5'],
    [0.0001, '0.0001'],
    [0.000069, '0.000069'],
    [2e-7, '2 × 10⁻⁷'],
    [12340, '12340'],
    [3256000, '3.3 × 10⁶'],
    [4500000, '4.5 × 10⁶'],
    [1e6, '10⁶'],
    [-2e9, '−2 × 10⁹'],
    [1.1e-130, '1.1 × 10⁻¹³⁰'],
    [Infinity, 'infinity'],
  ])('formatReadable(%s) is %s', (value, text) => expect(formatReadable(value)).toBe(text));
});
