import { defineSurface, type Interval, type Point, type Surface } from '../surface';
import { FormulaError, parseFormula, usesY } from './parse';
import { Program } from './program';

export { FUNCTION_NAMES, FormulaError, MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from './parse';

/** Half-widths of the boxes searched, in turn, for a valley floor to centre on. */
const SEARCH_SCALES = [3, 10, 30, 100];
/** The half-width of the box drawn around the floor found. */
const VIEW = 3;

/** What the valley's box, start and minima are worked out from. */
interface Shape {
  readonly domain: Interval[];
  readonly start: Point;
  readonly minima: Point[];
}

/**
 * Newton's method from a point, using the exact gradient and Hessian: the nearby stationary
 * point if it is a minimum (Hessian positive semi-definite), else undefined.
 */
function polish(program: Program, dim: number, from: number[]): number[] | undefined {
  const g = new Float64Array(2);
  const h = new Float64Array(4);
  const p = [...from];
  for (let iteration = 0; iteration < 60; iteration++) {
    const value = program.valueAndGrad(p[0] as number, p[1] ?? 0, g, 0, dim);
    program.hessian(p[0] as number, p[1] ?? 0, h, dim);
    const [gx, gy] = [g[0] as number, dim === 2 ? (g[1] as number) : 0];
    const positive = dim === 1 ? (h[0] as number) >= 0 : (h[0] as number) >= 0 && (h[3] as number) >= 0 && (h[0] as number) * (h[3] as number) - (h[1] as number) ** 2 >= 0;
    if (Math.hypot(gx, gy) <= 1e-10 * (1 + Math.abs(value))) return positive && Number.isFinite(value) ? p : undefined;
    let dx: number;
    let dy = 0;
    if (dim === 1) {
      dx = gx / (h[0] as number);
    } else {
      const det = (h[0] as number) * (h[3] as number) - (h[1] as number) * (h[2] as number);
      dx = ((h[3] as number) * gx - (h[1] as number) * gy) / det;
      dy = ((h[0] as number) * gy - (h[2] as number) * gx) / det;
    }
    if (!Number.isFinite(dx) || !Number.isFinite(dy)) return undefined;
    p[0] = (p[0] as number) - dx;
    if (dim === 2) p[1] = (p[1] as number) - dy;
  }
  return undefined;
}

/** The lowest finite point of a grid over [−s, s]^dim, and whether it lies inside the box rather than on its edge. */
function lowestOnGrid(program: Program, dim: number, s: number): { point: number[]; inside: boolean } | undefined {
  const n = dim === 1 ? 401 : 61;
  let best: { point: number[]; inside: boolean } | undefined;
  let lowest = Infinity;
  for (let j = 0; j < (dim === 1 ? 1 : n); j++) {
    const y = dim === 1 ? 0 : -s + (2 * s * j) / (n - 1);
    for (let i = 0; i < n; i++) {
      const x = -s + (2 * s * i) / (n - 1);
      const value = program.value(x, y);
      if (value < lowest) {
        lowest = value;
        const edge = i === 0 || i === n - 1 || (dim === 2 && (j === 0 || j === n - 1));
        best = { point: dim === 1 ? [x] : [x, y], inside: !edge };
      }
    }
  }
  return best;
}

/**
 * A box to draw, a start and the minima found: the box centres on the first valley floor found
 * in boxes of growing size (or on the origin), the start sits up a slope from it, and a minimum
 * is reported only where Newton's method confirms one.
 */
function shapeOf(program: Program, dim: number): Shape {
  let centre = Array.from({ length: dim }, () => 0);
  const minima: Point[] = [];
  for (const s of SEARCH_SCALES) {
    const lowest = lowestOnGrid(program, dim, s);
    if (!lowest?.inside) continue;
    const minimum = polish(program, dim, lowest.point);
    const found = minimum && minimum.every((v) => Math.abs(v) <= s) ? minimum : lowest.point;
    if (s > VIEW) centre = found.map((v) => Number(v.toPrecision(2)));
    if (minimum) minima.push(minimum);
    break;
  }
  const domain = centre.map((c): Interval => [c - VIEW, c + VIEW]);
  const inView = minima.filter((m) => m.every((v, d) => v >= domain[d]![0] && v <= domain[d]![1]));
  const at = (fractions: readonly number[]): number[] => fractions.map((t, d) => domain[d]![0] + t * (domain[d]![1] - domain[d]![0]));
  const candidates = dim === 1 ? [[0.12], [0.88], [0.3], [0.7], [0.5]] : [[0.15, 0.85], [0.85, 0.85], [0.15, 0.15], [0.85, 0.15], [0.3, 0.7], [0.5, 0.5]];
  const g = new Float64Array(2);
  const start = candidates.map(at).find((p) => {
    const value = program.valueAndGrad(p[0] as number, p[1] ?? 0, g, 0, dim);
    return Number.isFinite(value) && Number.isFinite(g[0]) && Number.isFinite(g[1]);
  });
  if (!start) {
    throw new FormulaError('This formula has no finite value near the middle of its box (the log or square root of a negative number, say), so there is no valley to walk.', 0);
  }
  return { domain, start: start.map((v) => Number(v.toPrecision(3))), minima: inView };
}

/**
 * A valley from a typed formula in `x` (1-D) or `x` and `y` (2-D): `sin(x) + x^2/4`,
 * `(1 - x)^2 + 100*(y - x^2)^2`. Gradients and Hessians are exact, by automatic differentiation.
 * Throws {@link FormulaError} (with the position of the problem) for anything that is not such
 * a formula. Where the formula is not a finite number (log of a negative number, say) the
 * valley's loss is NaN there, which a run treats as divergence.
 */
export function surfaceFromFormula(text: string): Surface {
  const tree = parseFormula(text);
  const program = new Program(tree);
  const dim = usesY(tree) ? 2 : 1;
  const shape = shapeOf(program, dim);
  const formula = text.trim().replace(/\s+/g, ' ');
  return defineSurface<Program>({
    id: 'formula',
    label: `f = ${formula}`,
    description: 'Your own valley, typed as a formula; its gradients are exact, by automatic differentiation.',
    dim,
    prepare: () => program,
    kernel: {
      valueAndGrad: (x, y, p, out, o) => p.valueAndGrad(x, y, out, o, dim),
      hessian: (x, y, p, out) => {
        p.hessian(x, y, out, dim);
      },
    },
    domain: shape.domain,
    start: shape.start,
    minima: shape.minima,
  });
}
