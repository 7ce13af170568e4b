import tseslint from 'typescript-eslint';

/**
 * Lint rules. This file lives in tests/ to keep the top level to the project's agreed files; run it
 * with `eslint --config tests/eslint.config.js`. Its patterns are relative to the project root.
 */
const domGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'requestAnimationFrame', 'performance', 'fetch', 'self', 'globalThis'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // The numerical core is pure: no DOM, no rendering, no UI, no global randomness.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'src/core is pure: no DOM or browser globals.' }))],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'src/core takes a seeded generator (createRng) instead of Math.random.' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['pixi.js', 'pixi.js/*', 'lil-gui', 'd3-*', 'node:*'], message: 'src/core imports nothing outside itself.' },
          ],
        },
      ],
    },
  },
);
