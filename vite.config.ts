import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { npmPackage, thirdPartyLicences } from './tests/tools/npmPackage.js';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const embedPage = (): string => readFileSync(join(here, 'src/embed/embed.html'), 'utf8');
const embedScript = join(here, 'src/embed/embed.ts');

/**
 * The embeddable form: `lr-playground.js` (the custom element, one self-contained module) and the
 * iframe page `embed.html` with its `embed.js`, all beside the app in `dist/`. The dev server serves
 * the same three paths from the sources.
 */
function embed(): Plugin {
  return {
    name: 'lr-playground-embed',
    configureServer(server) {
      const modules: Record<string, string> = { '/lr-playground.js': '/src/element.ts', '/embed.js': '/src/embed/embed.ts' };
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split(/[?#]/)[0] ?? '';
        const module = modules[path];
        if (module) {
          response.setHeader('Content-Type', 'text/javascript');
          response.end(`import '${module}';\n`);
        } else if (path === '/embed.html') {
          response.setHeader('Content-Type', 'text/html');
          response.end(embedPage());
        } else {
          next();
        }
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: embedPage() });
      // The iframe page's script imports nothing, so it needs compiling, not bundling.
      const { code } = await transformWithOxc(readFileSync(embedScript, 'utf8'), embedScript, { lang: 'ts' });
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: code });
    },
  };
}

/** Where each PixiJS class the playground imports lives in the package (`lib/…`, without `.mjs`). */
const PIXI_CLASSES: Readonly<Record<string, string>> = {
  Buffer: 'rendering/renderers/shared/buffer/Buffer',
  BufferImageSource: 'rendering/renderers/shared/texture/sources/BufferImageSource',
  BufferUsage: 'rendering/renderers/shared/buffer/const',
  CanvasSource: 'rendering/renderers/shared/texture/sources/CanvasSource',
  Container: 'scene/container/Container',
  ExtensionType: 'extensions/Extensions',
  extensions: 'extensions/Extensions',
  Geometry: 'rendering/renderers/shared/geometry/Geometry',
  GlBackBufferSystem: 'rendering/renderers/gl/GlBackBufferSystem',
  GlMeshAdaptor: 'scene/mesh/gl/GlMeshAdaptor',
  GlProgram: 'rendering/renderers/gl/shader/GlProgram',
  Mesh: 'scene/mesh/shared/Mesh',
  RenderTexture: 'rendering/renderers/shared/texture/RenderTexture',
  Shader: 'rendering/renderers/shared/shader/Shader',
  Sprite: 'scene/sprite/Sprite',
  Texture: 'rendering/renderers/shared/texture/Texture',
  UniformGroup: 'rendering/renderers/shared/shader/UniformGroup',
  WebGLRenderer: 'rendering/renderers/gl/WebGLRenderer',
};

/**
 * PixiJS without its root module. `pixi.js`'s index registers every extension the package ships
 * (asset loaders, spritesheets, filters, the ticker, and the browser environment, which loads
 * events and accessibility by dynamic import), and they would ride in the first script, about
 * 9 kB gzipped that the playground never runs. The sources import from `pixi.js` as usual,
 * with the package's own types; in a build that import resolves to a module re-exporting just the
 * classes above from their files. Nor does it run `rendering/init`, which registers masks and the
 * image and video sources that `Texture.from` looks through: the scene makes its sources itself
 * and masks nothing. A class missing from the table fails the build, loudly.
 */
function pixiLean(): Plugin {
  const id = '\0pixi-lean';
  const lib = dirname(require.resolve('pixi.js'));
  return {
    name: 'lr-playground-pixi-lean',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source, importer) => (source === 'pixi.js' && importer !== undefined && !importer.includes('/node_modules/') ? id : null),
    load(loaded) {
      if (loaded !== id) return null;
      const exports = Object.entries(PIXI_CLASSES).map(([name, file]) => `export { ${name} } from '${join(lib, `${file}.mjs`)}';`);
      return exports.join('\n');
    },
  };
}

/**
 * The modules that the build's entry imports statically: what a page needs before its first frame.
 * They go into the entry's own script, one request, however the modules loaded later (the
 * companions, the lessons, the exporters) share them; what only those use goes into their chunks.
 */
function firstLoad(): { plugin: Plugin; has(id: string): boolean } {
  const reached = new Set<string>();
  const plugin: Plugin = {
    name: 'lr-playground-first-load',
    buildEnd() {
      reached.clear();
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        if (reached.has(id)) continue;
        reached.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, has: (id) => reached.has(id) };
}

/**
 * The offline copy: the whole app (scenes, lessons, exports) as one HTML file with its script
 * inlined, for a hall without a network, opened from disk. Workers cannot start from `file://`,
 * and the sweep and the GIF encoder fall back to the page, so the worker files are left out.
 */
function offlinePage(): Plugin {
  return {
    name: 'lr-playground-offline',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const page = bundle['index.html'];
        const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
        if (page?.type !== 'asset' || entry?.type !== 'chunk') throw new Error('the offline build found no page or no script to inline');
        // An HTML parser ends a script at `</script`, and `<!--` changes how it reads one.
        if (entry.code.includes('<!--')) throw new Error('the offline script holds "<!--", which would break its inline <script>');
        const code = entry.code.replace(/<\/script/gi, '<\\/script');
        const html = String(page.source)
          .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
          .replace(/<script type="module"[^>]*src="[^"]*"[^>]*><\/script>/, () => `<script type="module">${code}</script>`);
        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: 'lr-playground-offline.html', source: html });
      },
    },
  };
}

/**
 * The package build (`--mode package`): the numerical core as one ES module, `dist/npm/core.js`,
 * readable and unminified for bundlers and Node; then the npm package is assembled around it.
 */
const packageBuild = {
  target: 'es2022',
  outDir: 'dist/npm',
  emptyOutDir: true,
  copyPublicDir: false,
  minify: false,
  lib: { entry: 'src/core/package.ts', formats: ['es' as const], fileName: () => 'core.js' },
};

const plugins = (mode: string, first: Plugin): Plugin[] => {
  if (mode === 'element') return [embed(), pixiLean(), thirdPartyLicences(), first];
  if (mode === 'offline') return [pixiLean(), offlinePage()];
  if (mode === 'package') return [npmPackage(here)];
  return [{ ...embed(), generateBundle: undefined }, pixiLean(), first];
};

export default defineConfig(({ mode }) => {
  const first = firstLoad();
  /** The first load in one chunk, the entry's (see {@link firstLoad}). */
  const codeSplitting = { groups: [{ name: 'main', test: (id: string) => first.has(id) || id.includes('rolldown/runtime') }] };
  return {
  // The element's files find each other (its sweep worker) beside the script, wherever it is served.
  ...(mode === 'element' || mode === 'offline' ? { base: './' } : {}),
  worker: {
    format: 'es',
    // Beside the element's script: lr-playground-sweep.js, lr-playground-gif.js.
    ...(mode === 'element' ? { rolldownOptions: { output: { entryFileNames: (chunk: { name: string }) => `lr-playground-${chunk.name.replace(/\.worker$/, '')}.js` } } } : {}),
  },
  resolve: {
    alias: [
      // lil-gui ships its stylesheet but does not export it; the playground injects it into its own root.
      { find: /^lil-gui\/stylesheet(\?.*)?$/, replacement: `${join(dirname(require.resolve('lil-gui')), 'lil-gui.css')}$1` },
    ],
  },
  plugins: plugins(mode, first.plugin),
  build:
    mode === 'package'
      ? packageBuild
      : mode === 'offline'
      ? { target: 'es2022', emptyOutDir: false, copyPublicDir: false, modulePreload: false, rolldownOptions: { output: { codeSplitting: false } } }
      : mode === 'element'
      ? {
          target: 'es2022',
          // Beside the app, which the first build wrote.
          emptyOutDir: false,
          copyPublicDir: false,
          lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'lr-playground.js' },
          // One file, whitespace and all minified: library mode would keep both for bundlers, but
          // this file goes to browsers as it is.
          rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, chunkFileNames: 'lr-playground-[name].js', codeSplitting } },
        }
      : { target: 'es2022', rolldownOptions: { output: { codeSplitting } } },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
  };
});
