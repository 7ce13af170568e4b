import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../tests/tools/chromium.mjs';

/** The preview server's port: E2E_PORT, for running beside another checkout's tests. */
const port = Number(process.env.E2E_PORT ?? 4311);

/** Browser tests run against the production build, served by `vite preview`. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  // Packs the npm package and builds the host pages (a Vite app, a VitePress site), once per run.
  globalSetup: './hosts/setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  webServer: {
    command: `npx vite build --logLevel warn && npx vite build --mode element --logLevel warn && npx vite build --mode offline --logLevel warn && npx vite build --mode package --logLevel warn && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
