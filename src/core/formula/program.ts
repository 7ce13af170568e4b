import type { BinaryName, Node, UnaryName } from './parse';

/**
 * A parsed formula compiled to a flat list of instructions over numbered slots, evaluated with
 * forward-mode automatic differentiation: each slot carries its value, its gradient and (when
 * asked for) its Hessian with respect to (x, y), exact to rounding. Constant subtrees are folded
 * at compile time; a constant power such as x^2 becomes its own instruction.
 */

const Op = {
  Add: 0,
  Sub: 1,
  Mul: 2,
  Div: 3,
  Pow: 4,
  Min: 5,
  Max: 6,
  /** A constant power: slot b holds the exponent. */
  PowC: 7,
  Neg: 8,
  Sin: 9,
  Cos: 10,
  Tan: 11,
  Exp: 12,
  Log: 13,
  Sqrt: 14,
  Abs: 15,
  Tanh: 16,
  Sinh: 17,
  Cosh: 18,
  /** x^2, the commonest power, without Math.pow. */
  Sq: 19,
} as const;
type Op = (typeof Op)[keyof typeof Op];

const BINARY: Readonly<Record<BinaryName, Op>> = { add: Op.Add, sub: Op.Sub, mul: Op.Mul, div: Op.Div, pow: Op.Pow, min: Op.Min, max: Op.Max };
const UNARY: Readonly<Record<UnaryName, Op>> = {
  neg: Op.Neg,
  sin: Op.Sin,
  cos: Op.Cos,
  tan: Op.Tan,
  exp: Op.Exp,
  log: Op.Log,
  sqrt: Op.Sqrt,
  abs: Op.Abs,
  tanh: Op.Tanh,
  sinh: Op.Sinh,
  cosh: Op.Cosh,
};

/** g(u), g′(u) and g″(u) of a one-argument instruction, written to `t[0..3)`. */
function unaryTerms(op: number, u: number, c: number, t: Float64Array): void {
  switch (op) {
    case Op.Sq:
      t[0] = u * u;
      t[1] = 2 * u;
      t[2] = 2;
      return;
    case Op.PowC: {
      t[0] = u ** c;
      t[1] = c === 0 ? 0 : c * u ** (c - 1);
      t[2] = c === 0 || c === 1 ? 0 : c * (c - 1) * u ** (c - 2);
      return;
    }
    case Op.Neg:
      t[0] = -u;
      t[1] = -1;
      t[2] = 0;
      return;
    case Op.Sin: {
      const s = Math.sin(u);
      t[0] = s;
      t[1] = Math.cos(u);
      t[2] = -s;
      return;
    }
    case Op.Cos: {
      const cu = Math.cos(u);
      t[0] = cu;
      t[1] = -Math.sin(u);
      t[2] = -cu;
      return;
    }
    case Op.Tan: {
      const tu = Math.tan(u);
      const sec2 = 1 + tu * tu;
      t[0] = tu;
      t[1] = sec2;
      t[2] = 2 * tu * sec2;
      return;
    }
    case Op.Exp: {
      const e = Math.exp(u);
      t[0] = e;
      t[1] = e;
      t[2] = e;
      return;
    }
    case Op.Log:
      t[0] = Math.log(u);
      t[1] = 1 / u;
      t[2] = -1 / (u * u);
      return;
    case Op.Sqrt: {
      const s = Math.sqrt(u);
      t[0] = s;
      t[1] = 0.5 / s;
      t[2] = -0.25 / (s * u);
      return;
    }
    case Op.Abs:
      t[0] = Math.abs(u);
      t[1] = u > 0 ? 1 : u < 0 ? -1 : 0;
      t[2] = 0;
      return;
    case Op.Tanh: {
      const th = Math.tanh(u);
      const d = 1 - th * th;
      t[0] = th;
      t[1] = d;
      t[2] = -2 * th * d;
      return;
    }
    case Op.Sinh: {
      const sh = Math.sinh(u);
      t[0] = sh;
      t[1] = Math.cosh(u);
      t[2] = sh;
      return;
    }
    default: {
      const ch = Math.cosh(u);
      t[0] = ch;
      t[1] = Math.sinh(u);
      t[2] = ch;
    }
  }
}

/** Whether min or max takes its first argument; a NaN in either is passed on. */
function pickLeft(op: number, a: number, b: number): boolean {
  if (a !== a) return true;
  if (b !== b) return false;
  return op === Op.Min ? a <= b : a >= b;
}

/** The value of a two-argument instruction. */
function binaryValue(op: number, a: number, b: number): number {
  switch (op) {
    case Op.Add:
      return a + b;
    case Op.Sub:
      return a - b;
    case Op.Mul:
      return a * b;
    case Op.Div:
      return a / b;
    case Op.Pow:
      return a ** b;
    default:
      return pickLeft(op, a, b) ? a : b;
  }
}

/** Slot 0 is x, slot 1 is y; constants follow; then one slot per instruction. */
const X = 0;
const Y = 1;

/** A compiled formula: f, its gradient and its Hessian at any (x, y). */
export class Program {
  /** Four integers per instruction: op, first slot, second slot, output slot. */
  private readonly code: Int32Array;
  private readonly result: number;
  private readonly v: Float64Array;
  private readonly gx: Float64Array;
  private readonly gy: Float64Array;
  private readonly hxx: Float64Array;
  private readonly hxy: Float64Array;
  private readonly hyy: Float64Array;
  private readonly t = new Float64Array(3);

  constructor(tree: Node) {
    const constants: number[] = [];
    const code: number[] = [];
    let slots = 2;
    const constant = (value: number): number => {
      constants.push(value);
      return -constants.length;
    };
    const isConstant = (slot: number): boolean => slot < 0;
    const valueOf = (slot: number): number => constants[-slot - 1] as number;
    const emit = (op: Op, a: number, b: number): number => {
      code.push(op, a, b, slots);
      return slots++;
    };
    const scratch = new Float64Array(3);
    // Constants get negative numbers while compiling, renumbered once their count is known.
    const visit = (node: Node): number => {
      switch (node.kind) {
        case 'num':
          return constant(node.value);
        case 'var':
          return node.name === 'x' ? X : Y;
        case 'unary': {
          const arg = visit(node.arg);
          const op = UNARY[node.op];
          if (!isConstant(arg)) return emit(op, arg, arg);
          unaryTerms(op, valueOf(arg), 0, scratch);
          return constant(scratch[0] as number);
        }
        case 'binary': {
          const left = visit(node.left);
          const right = visit(node.right);
          const op = BINARY[node.op];
          if (isConstant(left) && isConstant(right)) return constant(binaryValue(op, valueOf(left), valueOf(right)));
          if (op === Op.Pow && isConstant(right)) return emit(valueOf(right) === 2 ? Op.Sq : Op.PowC, left, right);
          return emit(op, left, right);
        }
      }
    };
    const top = visit(tree);
    const first = 2;
    const shift = constants.length;
    const renumber = (slot: number): number => (slot < 0 ? first + (-slot - 1) : slot < first ? slot : slot + shift);
    for (let p = 0; p < code.length; p += 4) {
      code[p + 1] = renumber(code[p + 1] as number);
      code[p + 2] = renumber(code[p + 2] as number);
      code[p + 3] = renumber(code[p + 3] as number);
    }
    this.code = Int32Array.from(code);
    this.result = renumber(top);
    const size = slots + shift;
    this.v = new Float64Array(size);
    this.v.set(constants, first);
    // Constants and their derivatives (all zero) are set once; x and y have unit gradients.
    this.gx = new Float64Array(size);
    this.gy = new Float64Array(size);
    this.gx[X] = 1;
    this.gy[Y] = 1;
    this.hxx = new Float64Array(size);
    this.hxy = new Float64Array(size);
    this.hyy = new Float64Array(size);
  }

  /** f(x, y). */
  value(x: number, y: number): number {
    const { code, v, t } = this;
    v[X] = x;
    v[Y] = y;
    for (let p = 0; p < code.length; p += 4) {
      const op = code[p] as number;
      const a = v[code[p + 1] as number] as number;
      const b = v[code[p + 2] as number] as number;
      if (op < Op.PowC) {
        v[code[p + 3] as number] = binaryValue(op, a, b);
      } else if (op === Op.Sq) {
        v[code[p + 3] as number] = a * a;
      } else {
        unaryTerms(op, a, b, t);
        v[code[p + 3] as number] = t[0] as number;
      }
    }
    return v[this.result] as number;
  }

  /** f(x, y); writes ∂f/∂x to `out[o]` and ∂f/∂y to `out[o + 1]` when `dim` is 2. */
  valueAndGrad(x: number, y: number, out: Float64Array, o: number, dim: number): number {
    const { code, v, gx, gy, t } = this;
    v[X] = x;
    v[Y] = y;
    for (let p = 0; p < code.length; p += 4) {
      const op = code[p] as number;
      const i = code[p + 1] as number;
      const j = code[p + 2] as number;
      const k = code[p + 3] as number;
      const a = v[i] as number;
      const b = v[j] as number;
      switch (op) {
        case Op.Add:
          v[k] = a + b;
          gx[k] = (gx[i] as number) + (gx[j] as number);
          gy[k] = (gy[i] as number) + (gy[j] as number);
          break;
        case Op.Sub:
          v[k] = a - b;
          gx[k] = (gx[i] as number) - (gx[j] as number);
          gy[k] = (gy[i] as number) - (gy[j] as number);
          break;
        case Op.Mul:
          v[k] = a * b;
          gx[k] = (gx[i] as number) * b + a * (gx[j] as number);
          gy[k] = (gy[i] as number) * b + a * (gy[j] as number);
          break;
        case Op.Div: {
          const r = a / b;
          v[k] = r;
          gx[k] = ((gx[i] as number) - r * (gx[j] as number)) / b;
          gy[k] = ((gy[i] as number) - r * (gy[j] as number)) / b;
          break;
        }
        case Op.Pow: {
          // a^b = exp(b·ln a): d = a^b · (b′·ln a + b·a′/a).
          const r = a ** b;
          const ln = Math.log(a);
          v[k] = r;
          gx[k] = r * ((gx[j] as number) * ln + (b * (gx[i] as number)) / a);
          gy[k] = r * ((gy[j] as number) * ln + (b * (gy[i] as number)) / a);
          break;
        }
        case Op.Min:
        case Op.Max: {
          const from = pickLeft(op, a, b) ? i : j;
          v[k] = v[from] as number;
          gx[k] = gx[from] as number;
          gy[k] = gy[from] as number;
          break;
        }
        case Op.Sq:
          v[k] = a * a;
          gx[k] = 2 * a * (gx[i] as number);
          gy[k] = 2 * a * (gy[i] as number);
          break;
        default: {
          unaryTerms(op, a, b, t);
          const d = t[1] as number;
          v[k] = t[0] as number;
          gx[k] = d * (gx[i] as number);
          gy[k] = d * (gy[i] as number);
        }
      }
    }
    const r = this.result;
    out[o] = gx[r] as number;
    if (dim === 2) out[o + 1] = gy[r] as number;
    return v[r] as number;
  }

  /** Writes the Hessian, row-major, to `out[0 .. dim²)`; returns f(x, y). */
  hessian(x: number, y: number, out: Float64Array, dim: number): number {
    const { code, v, gx, gy, hxx, hxy, hyy, t } = this;
    v[X] = x;
    v[Y] = y;
    for (let p = 0; p < code.length; p += 4) {
      const op = code[p] as number;
      const i = code[p + 1] as number;
      const j = code[p + 2] as number;
      const k = code[p + 3] as number;
      const a = v[i] as number;
      const b = v[j] as number;
      const [ax, ay, axx, axy, ayy] = [gx[i] as number, gy[i] as number, hxx[i] as number, hxy[i] as number, hyy[i] as number];
      const [bx, by, bxx, bxy, byy] = [gx[j] as number, gy[j] as number, hxx[j] as number, hxy[j] as number, hyy[j] as number];
      switch (op) {
        case Op.Add:
        case Op.Sub: {
          const s = op === Op.Add ? 1 : -1;
          v[k] = a + s * b;
          gx[k] = ax + s * bx;
          gy[k] = ay + s * by;
          hxx[k] = axx + s * bxx;
          hxy[k] = axy + s * bxy;
          hyy[k] = ayy + s * byy;
          break;
        }
        case Op.Mul:
          v[k] = a * b;
          gx[k] = ax * b + a * bx;
          gy[k] = ay * b + a * by;
          hxx[k] = axx * b + 2 * ax * bx + a * bxx;
          hxy[k] = axy * b + ax * by + ay * bx + a * bxy;
          hyy[k] = ayy * b + 2 * ay * by + a * byy;
          break;
        case Op.Div: {
          // a/b = a·q with q = 1/b: q′ = −b′q², q″ = 2b′b′q³ − b″q².
          const q = 1 / b;
          const q2 = q * q;
          const q3 = q2 * q;
          const [qx, qy] = [-bx * q2, -by * q2];
          const [qxx, qxy, qyy] = [2 * bx * bx * q3 - bxx * q2, 2 * bx * by * q3 - bxy * q2, 2 * by * by * q3 - byy * q2];
          v[k] = a * q;
          gx[k] = ax * q + a * qx;
          gy[k] = ay * q + a * qy;
          hxx[k] = axx * q + 2 * ax * qx + a * qxx;
          hxy[k] = axy * q + ax * qy + ay * qx + a * qxy;
          hyy[k] = ayy * q + 2 * ay * qy + a * qyy;
          break;
        }
        case Op.Pow: {
          // a^b = exp(w), w = b·L, L = ln a: r′ = r·w′, r″ = r·(w′w′ + w″).
          const r = a ** b;
          const L = Math.log(a);
          const [Lx, Ly] = [ax / a, ay / a];
          const [Lxx, Lxy, Lyy] = [axx / a - Lx * Lx, axy / a - Lx * Ly, ayy / a - Ly * Ly];
          const [wx, wy] = [bx * L + b * Lx, by * L + b * Ly];
          v[k] = r;
          gx[k] = r * wx;
          gy[k] = r * wy;
          hxx[k] = r * (wx * wx + bxx * L + 2 * bx * Lx + b * Lxx);
          hxy[k] = r * (wx * wy + bxy * L + bx * Ly + by * Lx + b * Lxy);
          hyy[k] = r * (wy * wy + byy * L + 2 * by * Ly + b * Lyy);
          break;
        }
        case Op.Min:
        case Op.Max: {
          const from = pickLeft(op, a, b) ? i : j;
          v[k] = v[from] as number;
          gx[k] = gx[from] as number;
          gy[k] = gy[from] as number;
          hxx[k] = hxx[from] as number;
          hxy[k] = hxy[from] as number;
          hyy[k] = hyy[from] as number;
          break;
        }
        default: {
          unaryTerms(op, a, b, t);
          const [g, d1, d2] = [t[0] as number, t[1] as number, t[2] as number];
          v[k] = g;
          gx[k] = d1 * ax;
          gy[k] = d1 * ay;
          hxx[k] = d2 * ax * ax + d1 * axx;
          hxy[k] = d2 * ax * ay + d1 * axy;
          hyy[k] = d2 * ay * ay + d1 * ayy;
        }
      }
    }
    const r = this.result;
    out[0] = hxx[r] as number;
    if (dim === 2) {
      out[1] = hxy[r] as number;
      out[2] = hxy[r] as number;
      out[3] = hyy[r] as number;
    }
    return v[r] as number;
  }
}
