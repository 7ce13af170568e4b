// npm run bench [core | browser | startup | soak]: the core benchmark in Node, then the browser
// benchmarks against a production build served locally (`startup`: only the first frame and the
// bytes before it), then the soak (SOAK_MINUTES, 10 by default). Every figure is printed beside a
// baseline measured in the same run, or, for the soak, beside its own start.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const load = async (file) => (await runnerImport(fileURLToPath(new URL(file, import.meta.url)), { configFile: false, logLevel: 'error' })).module;
const only = process.argv[2];

if (!only || only === 'core') {
  const core = await load('./core.ts');
  core.printCore(core.benchCore());
  core.printRangeTest(core.benchRangeTest());
  const formula = await load('./formula.ts');
  formula.printFormula(formula.benchFormula());
}

const browserParts = only ? [only].filter((part) => ['browser', 'startup', 'soak'].includes(part)) : ['browser', 'soak'];
if (browserParts.length > 0) {
  for (const mode of [[], ['--mode', 'element']]) {
    const built = spawnSync('npx', ['vite', 'build', ...mode, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const port = Number(process.env.BENCH_PORT ?? 4319);
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore', detached: true });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        if (tries > 100) throw new Error('vite preview did not start');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const browser = await load('./browser.ts');
    if (browserParts.includes('browser') || browserParts.includes('startup')) browser.printBrowser(await browser.benchBrowser(base, only === 'startup' ? 'startup' : undefined));
    if (browserParts.includes('soak')) {
      const soak = await load('./soak.ts');
      const chromium = await browser.launch();
      try {
        soak.printSoak(await soak.benchSoak(chromium, base, Number(process.env.SOAK_MINUTES ?? 10)));
      } finally {
        await chromium.close();
      }
    }
  } finally {
    try {
      process.kill(-server.pid);
    } catch {
      // The server has already gone.
    }
  }
}
