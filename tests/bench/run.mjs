import { runnerImport } from 'vite';
const { module } = await runnerImport(new URL('./core.ts', import.meta.url).pathname, { configFile: false, logLevel: 'error' });
module.printCore(module.benchCore());
