import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The project's root folder and its `src/`. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const srcRoot = join(projectRoot, 'src');

/** Every TypeScript file under `dir`, as absolute paths. */
export function sourceFiles(dir: string = srcRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** One import of a source file: what it names, and the file it resolves to (for relative imports). */
export interface Import {
  readonly specifier: string;
  /** The project file imported, relative to the project root; undefined for a package. */
  readonly file?: string;
}

/** Resolves a relative specifier (`./x`, `../y/z.css?inline`) the way Vite does for this project. */
function resolveRelative(from: string, specifier: string): string {
  const bare = specifier.replace(/\?.*$/, '');
  const target = resolve(dirname(from), bare);
  for (const candidate of [target, `${target}.ts`, join(target, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try {
        if (readdirSync(candidate)) continue;
      } catch {
        return relative(projectRoot, candidate);
      }
    }
  }
  return relative(projectRoot, `${target}.ts`);
}

/** The imports of one file (static, dynamic and type-only), read with TypeScript's own scanner. */
export function importsOf(file: string): Import[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName }) =>
    /^\.\.?\//.test(fileName) ? { specifier: fileName, file: resolveRelative(file, fileName) } : { specifier: fileName },
  );
}
