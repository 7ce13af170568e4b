/**
 * A formula typed by a learner, parsed into a tree. A hand-written tokenizer and recursive-descent
 * parser: nothing is evaluated as code, names are looked up in fixed `Map`s (never as properties
 * of an object, so `constructor` or `__proto__` are just unknown names), and length and nesting
 * are bounded before any recursion can grow.
 */

import { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from './limits';

/** A formula that cannot be read: the message says why in a learner's words; `position` is where (0-based). */
export class FormulaError extends Error {
  override readonly name = 'FormulaError';

  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH };

export type UnaryName = 'neg' | 'sin' | 'cos' | 'tan' | 'exp' | 'log' | 'sqrt' | 'abs' | 'tanh' | 'sinh' | 'cosh';
export type BinaryName = 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'min' | 'max';

export type Node =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'var'; readonly name: 'x' | 'y' }
  | { readonly kind: 'unary'; readonly op: UnaryName; readonly arg: Node }
  | { readonly kind: 'binary'; readonly op: BinaryName; readonly left: Node; readonly right: Node };

const FUNCTIONS_1 = new Map<string, UnaryName>([
  ['sin', 'sin'],
  ['cos', 'cos'],
  ['tan', 'tan'],
  ['exp', 'exp'],
  ['log', 'log'],
  ['sqrt', 'sqrt'],
  ['abs', 'abs'],
  ['tanh', 'tanh'],
  ['sinh', 'sinh'],
  ['cosh', 'cosh'],
]);
const FUNCTIONS_2 = new Map<string, BinaryName>([
  ['min', 'min'],
  ['max', 'max'],
]);
const CONSTANTS = new Map<string, number>([
  ['pi', Math.PI],
  ['e', Math.E],
]);
const VARIABLES = new Map<string, 'x' | 'y'>([
  ['x', 'x'],
  ['y', 'y'],
]);

export const FUNCTION_NAMES: readonly string[] = [...FUNCTIONS_1.keys(), ...FUNCTIONS_2.keys()];

type TokenKind = 'num' | 'name' | 'op' | '(' | ')' | ',' | 'end';
interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly at: number;
  readonly value?: number;
}

const NUMBER = /\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s/;

/** Shows a piece of the input back to the learner: short, as text. */
function shown(text: string): string {
  return `“${text.length > 20 ? `${text.slice(0, 19)}…` : text}”`;
}

/** The position as a learner counts it: characters from 1. */
const where = (at: number): string => `at character ${at + 1}`;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (SPACE.test(c)) {
      i += 1;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      const value = Number(number[0]);
      if (!Number.isFinite(value)) throw new FormulaError(`The number ${shown(number[0])} ${where(i)} is too large.`, i);
      tokens.push({ kind: 'num', text: number[0], at: i, value });
      i += number[0].length;
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(text);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], at: i });
      i += name[0].length;
      continue;
    }
    if ('+-*/^'.includes(c)) tokens.push({ kind: 'op', text: c, at: i });
    else if (c === '(' || c === ')' || c === ',') tokens.push({ kind: c, text: c, at: i });
    else if (c === '=') {
      throw new FormulaError(`A formula has no “=” (${where(i)}): type only its right side, such as x^2 + 3*y^2.`, i);
    } else {
      throw new FormulaError(`${shown(c)} ${where(i)} is not part of a formula. Use numbers, x, y, + − * / ^, parentheses, and functions such as sin(x).`, i);
    }
    i += 1;
  }
  tokens.push({ kind: 'end', text: '', at: text.length });
  return tokens;
}

class Parser {
  private k = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Node {
    const node = this.sum();
    const token = this.peek();
    if (token.kind === ')') throw new FormulaError(`The “)” ${where(token.at)} closes no parenthesis.`, token.at);
    if (token.kind !== 'end') this.missingOperator(token);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.k] as Token;
  }

  private take(): Token {
    return this.tokens[this.k++] as Token;
  }

  /** Guards every recursion: deep input is refused before it can exhaust the stack. */
  private enter(at: number): void {
    this.depth += 1;
    if (this.depth > MAX_FORMULA_DEPTH) throw new FormulaError(`The formula nests too deeply ${where(at)}: at most ${MAX_FORMULA_DEPTH} levels.`, at);
  }

  private sum(): Node {
    this.enter(this.peek().at);
    let node = this.product();
    for (let t = this.peek(); t.kind === 'op' && (t.text === '+' || t.text === '-'); t = this.peek()) {
      this.take();
      node = { kind: 'binary', op: t.text === '+' ? 'add' : 'sub', left: node, right: this.product() };
    }
    this.depth -= 1;
    return node;
  }

  private product(): Node {
    let node = this.unary();
    for (let t = this.peek(); t.kind === 'op' && (t.text === '*' || t.text === '/'); t = this.peek()) {
      this.take();
      if (this.peek().kind === 'op' && this.peek().text === '*') {
        const at = this.peek().at;
        throw new FormulaError(`“**” ${where(t.at)} is not a power here: write x^2 for x squared.`, at);
      }
      node = { kind: 'binary', op: t.text === '*' ? 'mul' : 'div', left: node, right: this.unary() };
    }
    return node;
  }

  /** A sign binds looser than a power: −x^2 is −(x^2). */
  private unary(): Node {
    const t = this.peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      this.take();
      this.enter(t.at);
      const arg = this.unary();
      this.depth -= 1;
      return t.text === '-' ? { kind: 'unary', op: 'neg', arg } : arg;
    }
    return this.power();
  }

  /** Right-associative: 2^3^2 is 2^(3^2); the exponent may carry a sign, as in x^-1. */
  private power(): Node {
    const base = this.primary();
    const t = this.peek();
    if (t.kind !== 'op' || t.text !== '^') return base;
    this.take();
    this.enter(t.at);
    const exponent = this.unary();
    this.depth -= 1;
    return { kind: 'binary', op: 'pow', left: base, right: exponent };
  }

  private primary(): Node {
    const t = this.take();
    switch (t.kind) {
      case 'num':
        return { kind: 'num', value: t.value as number };
      case '(': {
        const node = this.sum();
        this.close(t);
        return node;
      }
      case 'name':
        return this.named(t);
      case 'end': {
        const before = this.tokens[this.k - 2];
        throw new FormulaError(before ? `The formula ends too soon: something is missing after ${shown(before.text)}.` : 'Type a formula in x (and y), such as x^2 + 3*y^2.', t.at);
      }
      case ')':
        throw new FormulaError(`Something is missing before the “)” ${where(t.at)}.`, t.at);
      case ',':
        throw new FormulaError(`The comma ${where(t.at)} is out of place: commas separate the two arguments of min(a, b) and max(a, b).`, t.at);
      default:
        throw new FormulaError(`Something is missing before ${shown(t.text)} ${where(t.at)}.`, t.at);
    }
  }

  private named(t: Token): Node {
    const name = t.text;
    const called = this.peek().kind === '(';
    const unary = FUNCTIONS_1.get(name);
    const binary = FUNCTIONS_2.get(name);
    if (unary || binary) {
      if (!called) throw new FormulaError(`${shown(name)} ${where(t.at)} needs its argument in parentheses, as in ${name}(${binary ? 'x, y' : 'x'}).`, t.at);
      const open = this.take();
      this.enter(open.at);
      const args = [this.sum()];
      while (this.peek().kind === ',') {
        this.take();
        args.push(this.sum());
      }
      this.close(open);
      this.depth -= 1;
      const wanted = binary ? 2 : 1;
      if (args.length !== wanted) {
        throw new FormulaError(`${name} takes ${wanted === 1 ? 'one argument' : 'two arguments'}, not ${args.length} (${where(t.at)}).`, t.at);
      }
      return binary ? { kind: 'binary', op: binary, left: args[0] as Node, right: args[1] as Node } : { kind: 'unary', op: unary as UnaryName, arg: args[0] as Node };
    }
    const variable = VARIABLES.get(name);
    const constant = CONSTANTS.get(name);
    if (variable === undefined && constant === undefined) {
      throw new FormulaError(`${shown(name)} ${where(t.at)} is not a name a formula knows. Use x, y, pi, e, or a function: ${FUNCTION_NAMES.join(', ')}.`, t.at);
    }
    if (called) throw new FormulaError(`${shown(name)} ${where(t.at)} is not a function: write ${name}*(…) to multiply.`, this.peek().at);
    return variable ? { kind: 'var', name: variable } : { kind: 'num', value: constant as number };
  }

  private close(open: Token): void {
    const t = this.peek();
    if (t.kind === ')') {
      this.take();
      return;
    }
    if (t.kind === 'end') throw new FormulaError(`The parenthesis opened ${where(open.at)} is never closed.`, open.at);
    this.missingOperator(t);
  }

  private missingOperator(t: Token): never {
    if (t.kind === ',') throw new FormulaError(`The comma ${where(t.at)} is out of place: commas separate the two arguments of min(a, b) and max(a, b).`, t.at);
    const before = this.tokens[this.k - 1];
    const example = before?.kind === 'num' && t.kind === 'name' ? ` Write ${before.text}*${t.text} for ${before.text} times ${t.text}.` : ' Put + − * / or ^ between them.';
    throw new FormulaError(`An operator is missing before ${shown(t.text)} ${where(t.at)}.${example}`, t.at);
  }
}

/** Parses a formula in x (and y). Throws {@link FormulaError} for anything else. */
export function parseFormula(text: unknown): Node {
  if (typeof text !== 'string') throw new FormulaError('A formula must be text, such as x^2 + 3*y^2.', 0);
  if (text.length > MAX_FORMULA_LENGTH) {
    throw new FormulaError(`The formula is ${text.length} characters long; the most is ${MAX_FORMULA_LENGTH}.`, MAX_FORMULA_LENGTH);
  }
  if (text.trim() === '') throw new FormulaError('Type a formula in x (and y), such as x^2 + 3*y^2.', 0);
  return new Parser(tokenize(text)).parse();
}

/** Whether a tree uses `y`, which makes the valley 2-D. */
export function usesY(node: Node): boolean {
  switch (node.kind) {
    case 'var':
      return node.name === 'y';
    case 'num':
      return false;
    case 'unary':
      return usesY(node.arg);
    case 'binary':
      return usesY(node.left) || usesY(node.right);
  }
}
