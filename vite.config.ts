import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    alias: [
      // lil-gui ships its stylesheet but does not export it; the playground injects it into its own root.
      { find: /^lil-gui\/stylesheet(\?.*)?$/, replacement: `${join(dirname(require.resolve('lil-gui')), 'lil-gui.css')}$1` },
    ],
  },
  build: {
    target: 'es2022',
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
