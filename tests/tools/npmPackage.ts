/**
 * The npm package `lr-playground`, assembled in `dist/npm/` by `npm run build` (the package build,
 * `vite build --mode package`, after the app's and the element's). It lives here, with the other
 * tooling, to keep the repository's top level to its agreed files. `npm publish dist/npm`
 * publishes it; the repository's own package.json stays private.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The element's files, from its build in `dist/`: the element's script and every file it loads
 * from beside itself (the companions and exporters it imports on demand, its workers, and theirs),
 * found by their names in its code; then the iframe page and its script.
 */
export function elementFiles(dist: string): string[] {
  const found = new Set<string>();
  const pending = ['lr-playground.js'];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (found.has(file)) continue;
    if (!existsSync(join(dist, file))) throw new Error(`dist/${file} is missing: build the element first (vite build --mode element)`);
    found.add(file);
    for (const [, name] of readFileSync(join(dist, file), 'utf8').matchAll(/["'`](?:\.\/)?(lr-playground-[\w-]+\.js)["'`]/g)) pending.push(name!);
  }
  return [...found, 'embed.html', 'embed.js'];
}

/** The bundled packages' licences, written beside the element by its build. */
export const LICENCES_FILE = 'lr-playground.licenses.txt';

/** The README's sections that make the package's README, in this order, under its first paragraph. */
const README_SECTIONS = ['Use it from npm', 'Embed', 'Use it in slides', 'Every setting is in the URL', 'For automation', 'Licence'];

/** What the package answers to: the element, its core, and the files a page may load from it by path. */
const EXPORTS = {
  '.': { types: './types/element.d.ts', node: './lr-playground.node.js', default: './lr-playground.js' },
  './core': { types: './types/core/package.d.ts', default: './core.js' },
  './lr-playground.js': { types: './types/element.d.ts', default: './lr-playground.js' },
  // The files the element loads from beside itself (its companions, exporters and workers), for a page that serves them by path.
  './lr-playground-*.js': './lr-playground-*.js',
  './embed.html': './embed.html',
  './embed.js': './embed.js',
  './package.json': './package.json',
};

/** Under Node (server rendering: Next.js, Astro, VitePress), importing the element defines nothing, and breaks nothing. */
const NODE_ENTRY = `// lr-playground under Node: there is no DOM to define the element in. Server-rendered pages keep
// the <lr-playground> markup as it is, and the browser's import of this package upgrades it.
export {};
`;

/** The package's licence: the project's (the README's Licence section's text block), then the notices of every package bundled into the element. */
function licence(readme: string, notices: string): string {
  const own = /```text\n([\s\S]*?)```/.exec(section(readme, 'Licence'))?.[1];
  if (!own) throw new Error("README.md's Licence section has no ```text block with the licence");
  return `${own.trim()}\n\n---\n\nlr-playground.js bundles the following packages, under their own licences:\n\n${notices.trim()}\n`;
}

/** One `##` or `###` section of a Markdown text, with its subsections; empty if there is none. */
export function section(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^#{2,3} ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(line));
  if (start < 0) return '';
  const level = /^#+/.exec(lines[start]!)![0].length;
  let inCode = false;
  let end = start + 1;
  for (; end < lines.length; end++) {
    if (lines[end]!.startsWith('```')) inCode = !inCode;
    const heading = /^(#+) /.exec(lines[end]!);
    if (!inCode && heading && heading[1]!.length <= level) break;
  }
  return lines.slice(start, end).join('\n').trimEnd();
}

/** The package's README: the project's title and first paragraph, then its sections about using the package. */
function packageReadme(readme: string): string {
  const intro = readme.split(/\n\n/).slice(0, 2).join('\n\n').replace(/^# .*/, '# lr-playground');
  const sections = README_SECTIONS.map((title) => section(readme, title).replace(/^###? /, '## '));
  const missing = README_SECTIONS.filter((_, i) => sections[i] === '');
  if (missing.length) throw new Error(`README.md has no section ${missing.join(', ')}, which the package's README takes`);
  return `${intro}\n\n${sections.join('\n\n')}\n`;
}

/** The package's package.json, from the repository's: its name, version, description and licence, and no dependencies. */
function packageJson(root: { name: string; version: string; description: string; license: string; keywords?: string[] }): string {
  const json = {
    name: root.name,
    version: root.version,
    description: root.description,
    license: root.license,
    keywords: root.keywords ?? ['learning rate', 'gradient descent', 'optimization', 'visualization', 'custom element', 'web component'],
    type: 'module',
    main: './lr-playground.js',
    module: './lr-playground.js',
    types: './types/element.d.ts',
    exports: EXPORTS,
    files: ['*.js', 'embed.html', 'types', 'README.md', 'LICENSE'],
    sideEffects: ['./lr-playground.js', './lr-playground.node.js'],
    engines: { node: '>=20' },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The declaration files of `entries` (relative to `src/`) and of what they import, nothing else, as a package can load them. */
function declarations(projectRoot: string, entries: readonly string[]): Map<string, string> {
  const src = join(projectRoot, 'src');
  const parsed = ts.getParsedCommandLineOfConfigFile(join(projectRoot, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error('tsconfig.json cannot be read');
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: src, outDir: '/declarations' };
  // The entries, and the project's ambient declarations (the types of packages that ship none).
  const program = ts.createProgram(
    [...entries.map((entry) => join(src, entry)), ...parsed.fileNames.filter((file) => file.endsWith('.d.ts'))],
    options,
  );
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length) throw new Error(ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => projectRoot, getNewLine: () => '\n' }));
  const emitted = new Map<string, string>();
  program.emit(undefined, (file, text) => emitted.set(relative('/declarations', file), text), undefined, true);
  // Only what the entries reach: each file's relative imports, followed.
  const wanted = new Map<string, string>();
  const visit = (file: string): void => {
    if (wanted.has(file)) return;
    const text = emitted.get(file);
    if (text === undefined) throw new Error(`no declarations for ${file}`);
    const { text: rewritten, imports } = withExtensions(file, text, emitted);
    wanted.set(file, rewritten);
    for (const next of imports) visit(next);
  };
  for (const entry of entries) visit(entry.replace(/\.ts$/, '.d.ts'));
  return wanted;
}

/**
 * A declaration file with its relative imports written as Node resolves them in a package of ES
 * modules (`./surface.js`, `./surfaces/index.js`), and the files they name. Imports of packages
 * would need those packages installed: the package ships types that need none, and refuses any.
 */
function withExtensions(file: string, text: string, emitted: ReadonlyMap<string, string>): { text: string; imports: string[] } {
  const imports: string[] = [];
  // A package imported for its side effects alone (pixi.js/unsafe-eval) brings no types: no need for it here.
  const declared = text.replace(/^import\s+["'][^."'][^"']*["'];?\n/gm, '');
  const rewritten = declared.replace(/(from\s+|import\s*\(\s*|import\s+)(["'])([^"']+)\2/g, (_whole, lead: string, quote: string, specifier: string) => {
    if (!specifier.startsWith('.')) throw new Error(`${file} declares an import of the package ${specifier}, which the package does not bring`);
    const base = join(dirname(file), specifier);
    const target = [`${base}.d.ts`, join(base, 'index.d.ts')].find((candidate) => emitted.has(candidate));
    if (!target) throw new Error(`${file} imports ${specifier}, which has no declarations`);
    imports.push(target);
    const path = relative(dirname(file), target).replace(/\.d\.ts$/, '.js');
    return `${lead}${quote}${path.startsWith('.') ? path : `./${path}`}${quote}`;
  });
  return { text: rewritten, imports };
}

/** Writes the package into `dist/npm/` (where the package build put `core.js`), from the project at `projectRoot`. */
export function assemblePackage(projectRoot: string): void {
  const dist = join(projectRoot, 'dist');
  const out = join(dist, 'npm');
  for (const file of elementFiles(dist)) {
    if (!existsSync(join(dist, file))) throw new Error(`dist/${file} is missing: build the element first (vite build --mode element)`);
    copyFileSync(join(dist, file), join(out, file));
  }
  writeFileSync(join(out, 'lr-playground.node.js'), NODE_ENTRY);
  rmSync(join(out, 'types'), { recursive: true, force: true });
  for (const [file, text] of declarations(projectRoot, ['element.ts', 'core/package.ts'])) {
    const path = join(out, 'types', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  writeFileSync(join(out, 'README.md'), packageReadme(readme));
  writeFileSync(join(out, 'LICENSE'), licence(readme, readFileSync(join(dist, LICENCES_FILE), 'utf8')));
  writeFileSync(join(out, 'package.json'), packageJson(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'))));
}

/** The package build's last step: assembles the package around the core it just built. */
export function npmPackage(projectRoot: string): Plugin {
  return {
    name: 'lr-playground-npm-package',
    apply: 'build',
    closeBundle: () => assemblePackage(projectRoot),
  };
}

/** The folder of the package a bundled module comes from (the innermost, for a package's own dependencies), if any. */
function packageFolderOf(id: string): string | undefined {
  const path = id.replace(/\\/g, '/').replace(/^\0/, '');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [scope, name] = path.slice(at + '/node_modules/'.length).split('/');
  return path.slice(0, at + '/node_modules/'.length) + (scope?.startsWith('@') ? `${scope}/${name}` : scope);
}

/** A package's licence file, or its package.json's licence field when it ships none. */
function licenceText(folder: string): string {
  const meta = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(folder).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
  const text = file ? readFileSync(join(folder, file), 'utf8').trim() : `Licence: ${meta.license ?? 'not stated'}`;
  return `## ${meta.name} ${meta.version}\n\n${text}`;
}

/**
 * Writes {@link LICENCES_FILE} beside the element: the licence of every package bundled into it
 * (PixiJS, d3, lil-gui and theirs), as their licences ask of a copy that strips its comments.
 */
export function thirdPartyLicences(): Plugin {
  return {
    name: 'lr-playground-third-party-licences',
    apply: 'build',
    generateBundle(_, bundle) {
      const folders = new Set<string>();
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') for (const id of chunk.moduleIds) folders.add(packageFolderOf(id) ?? '');
      folders.delete('');
      const notices = [...folders].map(licenceText).sort();
      this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source: `${notices.join('\n\n')}\n` });
    },
  };
}
