import { InvalidInputError } from './errors';
import { resolveParams, type ParamSpec } from './params';

/** A position: `[x]` on a 1-D valley, `[x, y]` on a 2-D one. */
export type Point = readonly number[];
/** A closed interval `[lo, hi]`. */
export type Interval = readonly [number, number];
export type Dim = 1 | 2;
export type ParamValues<K extends string = string> = Readonly<Record<K, number>>;

/**
 * The formula of a valley, written once, allocation-free. Coordinates arrive as scalars (a 1-D
 * valley ignores `y`), so the same code serves one hiker and ten thousand.
 */
export interface SurfaceKernel<C> {
  /** Returns f(x, y) and writes ∇f to `out[o]` (and `out[o + 1]` in 2-D). */
  valueAndGrad(x: number, y: number, c: C, out: Float64Array, o: number): number;
  /** Writes the Hessian, row-major, to `out[0 .. dim²)`. */
  hessian?(x: number, y: number, c: C, out: Float64Array): void;
}

/**
 * A valley made from training data: its loss is the mean of one loss per example, and each of
 * those has its own gradient, for stochastic steps that look at one example at a time.
 */
export interface ExampleKernel<C> {
  readonly count: number | ((c: C) => number);
  /** Returns example i's loss at (x, y) and writes its gradient to `out[o]` (and `out[o + 1]`). */
  valueAndGrad(i: number, x: number, y: number, c: C, out: Float64Array, o: number): number;
}

/** The examples of a valley made from data (see {@link ExampleKernel}). */
export interface SurfaceExamples {
  readonly count: number;
  valueAndGrad(i: number, x: number, y: number, out: Float64Array, o: number): number;
}

/** What a valley's file declares; {@link defineSurface} turns it into a {@link Surface}. */
export interface SurfaceDefinition<C, K extends string = never> {
  readonly id: string;
  readonly label: string;
  /** One sentence for learners: what this valley shows. */
  readonly description: string;
  readonly dim: Dim;
  /** What the coordinates are called (a model's parameters, say); `x` and `y` unless given. */
  readonly names?: readonly string[];
  /** Whether f is a quadratic (its Hessian the same everywhere), where theory predicts every step. */
  readonly quadratic?: boolean;
  readonly params?: readonly ParamSpec<K>[];
  /** Constants derived once per parameter setting (a rotated matrix, a solved minimum). */
  readonly prepare: (values: ParamValues<K>) => C;
  readonly kernel: SurfaceKernel<C>;
  /** Per-example losses whose mean is the valley's loss, for a valley made from data. */
  readonly examples?: ExampleKernel<C>;
  readonly domain: readonly Interval[] | ((values: ParamValues<K>, c: C) => readonly Interval[]);
  readonly start: Point | ((values: ParamValues<K>, c: C) => Point);
  /** Known minimizers, global ones first. */
  readonly minima: readonly Point[] | ((values: ParamValues<K>, c: C) => readonly Point[]);
}

/** A loss valley with fixed parameter values. */
export interface Surface {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly dim: Dim;
  /** What the coordinates are called, one name per coordinate. */
  readonly names: readonly string[];
  readonly quadratic: boolean;
  readonly params: readonly ParamSpec[];
  readonly values: ParamValues;
  /** The box to draw, one interval per coordinate. */
  readonly domain: readonly Interval[];
  readonly start: Point;
  readonly minima: readonly Point[];
  /** The lowest loss among the known minima; undefined when none is known. */
  readonly minLoss: number | undefined;
  f(p: Point): number;
  grad(p: Point): number[];
  /** Rows of the Hessian, where it exists. */
  hessian?(p: Point): number[][];
  /**
   * The allocation-free form of `f` and `grad` for hot loops: returns f(x, y) and writes the
   * gradient to `out[o]` (and `out[o + 1]` in 2-D). A 1-D valley ignores `y`.
   */
  valueAndGrad(x: number, y: number, out: Float64Array, o: number): number;
  /** For a valley made from data: its training examples' own losses and gradients. */
  readonly examples?: SurfaceExamples;
  /** The same valley with other parameter values (missing ones take their defaults). */
  withParams(values: Readonly<Record<string, unknown>>): Surface;
}

const pick = <T, C, K extends string>(
  value: T | ((values: ParamValues<K>, c: C) => T),
  values: ParamValues<K>,
  c: C,
): T => (typeof value === 'function' ? (value as (values: ParamValues<K>, c: C) => T)(values, c) : value);

/** Builds a {@link Surface} from its definition, with parameters resolved against their specs. */
export function defineSurface<C, K extends string = never>(
  definition: SurfaceDefinition<C, K>,
  given?: Readonly<Record<string, unknown>>,
): Surface {
  const params: readonly ParamSpec<K>[] = definition.params ?? [];
  const values: ParamValues<K> = Object.freeze(resolveParams(params, given, 'surfaceParams.'));
  const c = definition.prepare(values);
  const { kernel, dim } = definition;
  const gradOut = new Float64Array(dim);
  const hessianOut = new Float64Array(dim * dim);

  const checkPoint = (p: Point): void => {
    if (!Array.isArray(p) || p.length !== dim) {
      throw new InvalidInputError('point', p, `must be an array of ${dim} number${dim === 1 ? '' : 's'}`);
    }
  };
  const y = (p: Point): number => (dim === 2 ? (p[1] as number) : 0);

  const f = (p: Point): number => {
    checkPoint(p);
    return kernel.valueAndGrad(p[0] as number, y(p), c, gradOut, 0);
  };
  const grad = (p: Point): number[] => {
    checkPoint(p);
    kernel.valueAndGrad(p[0] as number, y(p), c, gradOut, 0);
    return Array.from(gradOut);
  };
  const hessianKernel = kernel.hessian;
  const hessian = hessianKernel
    ? (p: Point): number[][] => {
        checkPoint(p);
        hessianKernel(p[0] as number, y(p), c, hessianOut);
        return dim === 1 ? [[hessianOut[0] as number]] : [Array.from(hessianOut.subarray(0, 2)), Array.from(hessianOut.subarray(2, 4))];
      }
    : undefined;

  const valueAndGrad = (x: number, yValue: number, out: Float64Array, o: number): number =>
    kernel.valueAndGrad(x, yValue, c, out, o);

  const exampleKernel = definition.examples;
  const examples: SurfaceExamples | undefined = exampleKernel && {
    count: typeof exampleKernel.count === 'function' ? exampleKernel.count(c) : exampleKernel.count,
    valueAndGrad: (i, x, yValue, out, o) => exampleKernel.valueAndGrad(i, x, yValue, c, out, o),
  };

  const minima = pick(definition.minima, values, c);
  const minLoss = minima.length > 0 ? Math.min(...minima.map((m) => f(m))) : undefined;

  return Object.freeze({
    id: definition.id,
    label: definition.label,
    description: definition.description,
    dim,
    names: definition.names ?? (dim === 2 ? ['x', 'y'] : ['x']),
    quadratic: definition.quadratic ?? false,
    params,
    values,
    domain: pick(definition.domain, values, c),
    start: pick(definition.start, values, c),
    minima,
    minLoss,
    f,
    grad,
    ...(hessian ? { hessian } : {}),
    valueAndGrad,
    ...(examples ? { examples: Object.freeze(examples) } : {}),
    withParams: (next: Readonly<Record<string, unknown>>) => defineSurface(definition, next),
  });
}
