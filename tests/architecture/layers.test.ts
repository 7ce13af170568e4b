import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOf, projectRoot, sourceFiles } from './imports';

/**
 * The layers of `src/`, from the bottom up, and what each may import. Data flows one way: the
 * numerical core, then the settings and the presentation stage derived from them, then what draws
 * (the WebGL scene, the charts, small DOM helpers), then the DOM around the scene, then the one
 * composition root, then the entry points (the page, the element, the iframe page).
 *
 * `export` sits beside `ui`: it draws its own frames (a WebGL scene of its own, the loss chart on
 * a canvas) from the same presentation the screen shows, so it needs what `ui` needs, but the
 * screen's widgets never need it. Only the composition root loads it, on demand.
 */
const LAYERS: Readonly<Record<string, readonly string[]>> = {
  core: [],
  state: ['core'],
  dom: ['core'],
  render: ['core', 'state', 'shaders'],
  chart: ['core', 'state', 'dom'],
  ui: ['core', 'state', 'dom', 'render', 'chart'],
  export: ['core', 'state', 'dom', 'render', 'chart'],
  lesson: ['core', 'state', 'dom', 'ui'],
  root: ['core', 'state', 'dom', 'render', 'chart', 'ui', 'export'],
  embed: ['core', 'state', 'dom'],
  entry: ['core', 'state', 'dom', 'ui', 'lesson', 'root', 'embed'],
};

/** The layer of a project file. */
function layerOf(file: string): string {
  if (file.startsWith('shaders/')) return 'shaders';
  if (file === 'src/playground.ts' || file.startsWith('src/app/')) return 'root';
  if (file === 'src/main.ts' || file === 'src/element.ts' || file === 'src/index.ts' || file === 'src/embed/embed.ts') return 'entry';
  const folder = /^src\/([^/]+)\//.exec(file)?.[1];
  if (folder && folder in LAYERS) return folder;
  return `unknown (${file})`;
}

/** Packages each layer may use; the core uses none. */
const PACKAGES: Readonly<Record<string, RegExp>> = {
  core: /^$/,
  state: /^$/,
  dom: /^$/,
  // The valley's own linear scale takes its ticks from d3-array; the charts use d3-scale.
  render: /^(pixi\.js(\/.*)?|d3-array)$/,
  chart: /^(d3-scale|d3-shape)$/,
  ui: /^(lil-gui(\/stylesheet\?inline)?|d3-scale|d3-shape)$/,
  // gifenc writes the animations; mediabunny muxes the videos (loaded only when one is made).
  export: /^(gifenc|mediabunny)$/,
  lesson: /^d3-scale$/,
  root: /^$/,
  embed: /^$/,
  entry: /^pixi\.js\/unsafe-eval$/,
};

const files = sourceFiles().map((file) => ({ file: relative(projectRoot, file), imports: importsOf(file) }));

describe('the layers of src/', () => {
  test.each(files.map(({ file, imports }) => [file, imports] as const))('%s imports only from the layers below it', (file, imports) => {
    const layer = layerOf(file);
    expect(Object.keys(LAYERS), `${file} is in no known layer`).toContain(layer);
    for (const { specifier, file: target } of imports) {
      if (target === undefined) {
        expect(specifier, `${file} imports the package ${specifier}`).toMatch(PACKAGES[layer]!);
        continue;
      }
      const to = layerOf(target);
      if (to === layer) continue;
      expect(LAYERS[layer], `${file} (${layer}) imports ${target} (${to})`).toContain(to);
    }
  });

  test('no import cycle between files', () => {
    const graph = new Map(files.map(({ file, imports }) => [file, imports.flatMap((i) => (i.file?.startsWith('src/') ? [i.file] : []))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test('the scan sees every layer', () => {
    const seen = new Set(files.map(({ file }) => layerOf(file)));
    for (const layer of ['core', 'state', 'render', 'chart', 'ui', 'export', 'root', 'entry']) expect(seen).toContain(layer);
  });
});
