import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH, simulate, surfaces, type Surface } from '../../src/core';
import { FormulaError, surfaceFromFormula } from '../../src/core/formula';

/** Central differences of f (for the gradient) and of the exact gradient (for the Hessian). */
function numericGrad(s: Surface, p: number[], h = 1e-6): number[] {
  return p.map((_, d) => {
    const up = [...p];
    const down = [...p];
    up[d]! += h;
    down[d]! -= h;
    return (s.f(up) - s.f(down)) / (2 * h);
  });
}
function numericHessian(s: Surface, p: number[], h = 1e-5): number[][] {
  return p.map((_, d) => {
    const up = [...p];
    const down = [...p];
    up[d]! += h;
    down[d]! -= h;
    const [gu, gd] = [s.grad(up), s.grad(down)];
    return gu.map((g, e) => (g - gd[e]!) / (2 * h));
  });
}
const close = (actual: number, expected: number, tolerance: number): boolean => Math.abs(actual - expected) <= tolerance * (1 + Math.abs(expected));

const smooth2d = [
  'x^2 + 3*y^2',
  '(1 - x)^2 + 100*(y - x^2)^2',
  'sin(x)*cos(y) + x^2/10',
  'exp(-(x^2 + y^2)) * -3 + 0.1*(x^2 + y^2)',
  'log(1 + x^2 + y^2)',
  'sqrt(1 + x^2 + 2*y^2)',
  'tanh(x*y) + (x - 0.5)^2',
  'sinh(x/3) + cosh(y/3)',
  'tan(x/4) * y^2 + x^2',
  '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  'x^3 - 3*x*y^2',
  '2^x + y^-2',
  '(x^2 + 1)^(y/4)',
  'x / (1 + y^2)',
  '(x + 2*y) / (3 + sin(x))',
  'e^(x/2) - pi*y',
  'abs(x - 0.3) + min(x, y)^2 + max(x*y, 1)',
];
const smooth1d = ['x^2', 'sin(x) + x^2/4', 'x^4 - 2*x^2 + 0.3*x', 'exp(x/2) / (1 + x^2)', 'log(cosh(x))', 'sqrt(x^2 + 1) - 1', '-x^3 + 2^x'];

describe('exact gradients and Hessians', () => {
  test.each(smooth2d)('%s: gradient and Hessian agree with central differences', (text) => {
    const s = surfaceFromFormula(text);
    expect(s.dim).toBe(2);
    fc.assert(
      fc.property(fc.double({ min: -2.5, max: 2.5, noNaN: true }), fc.double({ min: -2.5, max: 2.5, noNaN: true }), (x, y) => {
        const p = [x, y];
        const f = s.f(p);
        fc.pre(Number.isFinite(f) && Math.abs(x - 0.3) > 1e-3 && Math.abs(x - y) > 1e-3 && Math.abs(x * y - 1) > 1e-3 && Math.abs(y) > 0.05);
        const exact = s.grad(p);
        numericGrad(s, p).forEach((g, d) => expect(close(exact[d]!, g, 1e-5), `∂${d} at ${p}`).toBe(true));
        const h = s.hessian!(p);
        expect(h[0]![1]).toBe(h[1]![0]);
        numericHessian(s, p).forEach((row, d) => row.forEach((v, e) => expect(close(h[d]![e]!, v, 1e-4), `H${d}${e} at ${p}`).toBe(true)));
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  test.each(smooth1d)('%s (1-D): derivative and second derivative agree with central differences', (text) => {
    const s = surfaceFromFormula(text);
    expect(s.dim).toBe(1);
    for (let x = -2.9; x < 3; x += 0.37) {
      expect(close(s.grad([x])[0]!, numericGrad(s, [x])[0]!, 1e-6)).toBe(true);
      expect(close(s.hessian!([x])[0]![0]!, numericHessian(s, [x])[0]![0]!, 1e-5)).toBe(true);
    }
  });

  test('the typed Rosenbrock is the preset: value, gradient and Hessian', () => {
    const typed = surfaceFromFormula('(1 - x)^2 + 100*(y - x^2)^2');
    const preset = surfaces.rosenbrock!;
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (x, y) => {
        const p = [x, y];
        expect(close(typed.f(p), preset.f(p), 1e-14)).toBe(true);
        typed.grad(p).forEach((g, d) => expect(close(g, preset.grad(p)[d]!, 1e-13)).toBe(true));
        typed.hessian!(p).forEach((row, d) => row.forEach((v, e) => expect(close(v, preset.hessian!(p)[d]![e]!, 1e-13)).toBe(true)));
      }),
      { numRuns: 300, seed: 1 },
    );
    expect(typed.minima).toHaveLength(1);
    expect(typed.minima[0]![0]).toBeCloseTo(1, 10);
    expect(typed.minima[0]![1]).toBeCloseTo(1, 10);
    expect(typed.minLoss).toBeLessThan(1e-20);
    // The same run, step for step.
    const a = simulate({ surface: typed, lr: 0.001, start: [-1.2, 1], steps: 200 });
    const b = simulate({ surface: 'rosenbrock', lr: 0.001, start: [-1.2, 1], steps: 200 });
    a.path.forEach((p, k) => p.forEach((v, d) => expect(close(v, b.path[k]![d]!, 1e-12)).toBe(true)));
  });
});

describe('the grammar', () => {
  const at = (text: string, x = 0, y = 0): number => {
    const s = surfaceFromFormula(text.includes('y') ? text : `${text} + 0*y`);
    return s.f([x, y]);
  };

  test.each([
    ['2 + 3*4', 14],
    ['(2 + 3)*4', 20],
    ['2^3^2', 512],
    ['-2^2', -4],
    ['(-2)^2', 4],
    ['2^-1', 0.5],
    ['--3', 3],
    ['+3 - -3', 6],
    ['10/4/5', 0.5],
    ['1e3 + 1.5e-3 + .5 + 2.', 1002.5015],
    ['2E+2', 200],
    ['pi', Math.PI],
    ['e', Math.E],
    ['min(3, 4) + max(3, 4)', 7],
    ['sqrt(16) + abs(-2) + exp(0) + log(e)', 8],
    ['sin(pi/2) + cos(0) + tan(0) + tanh(0) + sinh(0) + cosh(0)', 3],
  ])('%s = %d', (text, value) => {
    expect(at(text)).toBeCloseTo(value, 12);
  });

  test('x alone is 1-D, y makes it 2-D; spaces and tabs are ignored; minus binds looser than a power', () => {
    expect(surfaceFromFormula('x^2').dim).toBe(1);
    expect(surfaceFromFormula('x^2 + y').dim).toBe(2);
    expect(surfaceFromFormula(' \t x ^ 2 \n').f([3])).toBe(9);
    expect(at('-x^2', 3)).toBe(-9);
    expect(at('x*-2', 3)).toBe(-6);
  });

  test('a valley is placed around its floor, with a start up a slope and the minimum found', () => {
    const bowl = surfaceFromFormula('x^2 + 3*y^2');
    expect(bowl.domain).toEqual([
      [-3, 3],
      [-3, 3],
    ]);
    expect(bowl.minima).toEqual([[0, 0]]);
    expect(Math.hypot(...bowl.grad(bowl.start))).toBeGreaterThan(1);
    const far = surfaceFromFormula('(x - 12)^2 + (y + 5)^2');
    expect(far.domain).toEqual([
      [9, 15],
      [-8, -2],
    ]);
    expect(far.minima[0]![0]).toBeCloseTo(12, 10);
    // Unbounded below: no minimum is claimed.
    expect(surfaceFromFormula('x + y').minima).toEqual([]);
    expect(surfaceFromFormula('-x^2').minima).toEqual([]);
  });
});

describe('bad input', () => {
  const error = (text: unknown): FormulaError => {
    try {
      surfaceFromFormula(text as string);
    } catch (e) {
      expect(e).toBeInstanceOf(FormulaError);
      return e as FormulaError;
    }
    throw new Error(`${String(text)} was accepted`);
  };

  test.each([
    ['', 0, /Type a formula/],
    ['   ', 0, /Type a formula/],
    ['x +', 3, /ends too soon: something is missing after “\+”/],
    ['2x', 1, /operator is missing before “x” at character 2\. Write 2\*x/],
    ['x y', 2, /operator is missing before “y”/],
    ['(x + 1', 0, /parenthesis opened at character 1 is never closed/],
    ['x + 1)', 5, /closes no parenthesis/],
    ['()', 1, /missing before the “\)”/],
    ['foo(x)', 0, /“foo” at character 1 is not a name a formula knows/],
    ['sin x', 0, /needs its argument in parentheses, as in sin\(x\)/],
    ['min(x)', 0, /min takes two arguments, not 1/],
    ['sin(x, y)', 0, /sin takes one argument, not 2/],
    ['x(2)', 1, /“x” at character 1 is not a function: write x\*\(…\)/],
    ['x ** 2', 3, /“\*\*” at character 3 is not a power here: write x\^2/],
    ['y = x^2', 2, /no “=”/],
    ['x; y', 1, /“;” at character 2 is not part of a formula/],
    ['1e999', 0, /too large/],
    ['x,y', 1, /comma at character 2 is out of place/],
    ['* x', 0, /missing before “\*”/],
  ])('%j: FormulaError at %d', (text, position, message) => {
    const e = error(text);
    expect(e.name).toBe('FormulaError');
    expect(e.position).toBe(position);
    expect(e.message).toMatch(message);
  });

  test('a formula with no finite value near its middle is refused', () => {
    expect(error('log(-1 - x^2)').message).toMatch(/no finite value/);
    expect(error('sqrt(-1) + x').message).toMatch(/no finite value/);
  });

  test('where a formula is undefined, a run ends diverged rather than holding NaN', () => {
    const run = simulate({ surface: surfaceFromFormula('sqrt(x)'), lr: 1, steps: 100 });
    expect(run.status).toBe('diverged');
    expect(run.path.flat().every(Number.isFinite)).toBe(true);
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });
});

describe('safety', () => {
  const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
  const before = prototypeKeys();

  /** Either a valley or a FormulaError; never anything else. */
  const survives = (text: string): void => {
    try {
      const s = surfaceFromFormula(text);
      expect([1, 2]).toContain(s.dim);
    } catch (e) {
      if (!(e instanceof FormulaError) || e.name !== 'FormulaError') throw e;
      expect(e.message.length).toBeGreaterThan(10);
      expect(e.position).toBeGreaterThanOrEqual(0);
      expect(e.position).toBeLessThanOrEqual(Math.max(text.length, MAX_FORMULA_LENGTH));
    }
  };

  test.each([
    'constructor',
    '__proto__',
    'x.constructor',
    'constructor(x)',
    '__proto__.polluted = 1',
    'x["constructor"]',
    'alert(1)',
    'globalThis',
    'this',
    'Function("return 1")()',
    '`${x}`',
    '`x`',
    'x = 1',
    'x += 1',
    'y => y',
    'eval("x")',
    'new Function',
    'toString',
    'valueOf(x)',
    'hasOwnProperty',
    'x; process.exit(1)',
    "'x'",
    '"x"',
    'x // comment',
    'x /* comment */',
    '\u0000x',
    'x\u2028y',
    '１+x',
    'π*x',
  ])('%j is refused with a FormulaError', (text) => {
    expect(() => surfaceFromFormula(text)).toThrow(FormulaError);
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('100,000 characters, and 50,000 nested parentheses, are refused at once', () => {
    const long = 'x+'.repeat(50_000);
    const nested = `${'('.repeat(50_000)}x${')'.repeat(50_000)}`;
    for (const text of [long, nested, 'x'.repeat(100_000)]) {
      const t0 = performance.now();
      expect(() => surfaceFromFormula(text)).toThrow(/characters long; the most is 500/);
      expect(performance.now() - t0).toBeLessThan(50);
    }
  });

  test('nesting deeper than the limit is refused, within the length limit, without a stack overflow', () => {
    const depth = MAX_FORMULA_DEPTH + 1;
    for (const text of [`${'('.repeat(depth)}x${')'.repeat(depth)}`, `${'-'.repeat(200)}x`, `${'sin('.repeat(depth)}x${')'.repeat(depth)}`, `x${'^x'.repeat(200)}`]) {
      expect(() => surfaceFromFormula(text)).toThrow(/nests too deeply/);
    }
    const ok = MAX_FORMULA_DEPTH - 2;
    expect(surfaceFromFormula(`${'('.repeat(ok)}x${')'.repeat(ok)}^2`).f([3])).toBe(9);
    expect(surfaceFromFormula(`x${'+x'.repeat(240)}`).f([1])).toBe(241);
  });

  test('fuzz: strings over the formula alphabet give a valley or a FormulaError', () => {
    const alphabet = [...'0123456789.eE+-*/^(), xy\t', 'sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'sinh', 'cosh', 'min', 'max', 'pi', 'e'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (parts) => survives(parts.join(''))),
      { numRuns: 3000, seed: 42 },
    );
    expect(prototypeKeys()).toEqual(before);
  });

  test('fuzz: any string at all, and well-formed formulas built at random', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), survives), { numRuns: 2000, seed: 3 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), survives), { numRuns: 500, seed: 4 });
    const expr = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('x', 'y', '1', '2.5', 'pi', 'e', '0'),
        fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^'), tie('e')).map(([a, op, b]) => `(${a})${op}(${b})`),
        fc.tuple(fc.constantFrom('sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'sinh', 'cosh', '-'), tie('e')).map(([f, a]) => `${f}(${a})`),
        fc.tuple(fc.constantFrom('min', 'max'), tie('e'), tie('e')).map(([f, a, b]) => `${f}(${a}, ${b})`),
      ),
    }));
    fc.assert(
      fc.property(expr.e, (text) => {
        survives(text);
      }),
      { numRuns: 1000, seed: 5 },
    );
    expect(prototypeKeys()).toEqual(before);
  });

  test('a non-string is a FormulaError too', () => {
    for (const value of [undefined, null, 42, {}, ['x'], { toString: () => 'x' }]) expect(() => surfaceFromFormula(value as string)).toThrow(FormulaError);
  });
});
