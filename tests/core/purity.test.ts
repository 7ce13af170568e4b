import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('src/core stays pure', () => {
  const files = sources(root);

  test.each(files.map((f) => [relative(root, f), f]))('%s imports only from src/core', (_name, file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      expect(fileName, `${fileName} is not a relative import`).toMatch(/^\.\.?\//);
      const target = resolve(dirname(file), fileName);
      expect(relative(root, target).startsWith('..'), `${fileName} leaves src/core`).toBe(false);
    }
  });

  test('the scan sees every module of the core', () => {
    expect(files.length).toBeGreaterThan(20);
  });
});
