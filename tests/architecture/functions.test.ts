import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { projectRoot, sourceFiles } from './imports';

/** The most lines a function of `src/` may span: a longer one holds two ideas. */
const MAX_LINES = 120;

/** The formula interpreter's evaluators are long switch statements over its instructions, on purpose. */
const EXEMPT = /^src\/core\/formula\//;

interface Span {
  readonly name: string;
  readonly lines: number;
}

/** Every function, method, accessor, constructor and arrow function of a file, with its length in lines. */
function functionsOf(file: string): Span[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const spans: Span[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const named = (node as ts.FunctionLikeDeclaration).name;
      const name = named ? named.getText(source) : `function at line ${start + 1}`;
      spans.push({ name, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

const files = sourceFiles()
  .map((file) => ({ file: relative(projectRoot, file), functions: functionsOf(file) }))
  .filter(({ file }) => !EXEMPT.test(file));

describe(`functions of src/ are at most ${MAX_LINES} lines`, () => {
  test.each(files.map(({ file, functions }) => [file, functions] as const))('%s', (_file, functions) => {
    const long = functions.filter((f) => f.lines > MAX_LINES).map((f) => `${f.name}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});
