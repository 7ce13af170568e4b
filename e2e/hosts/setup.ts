import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { hostsDir, hostsFile, projectRoot, type Hosts } from './paths';

/** Installs the packed package into `folder`, from the tarball alone: no registry, no project to fall back on. */
function installTarball(folder: string, tarball: string): void {
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ name: 'scratch', private: true, type: 'module' }, null, 2)}\n`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', tarball], { cwd: folder, stdio: 'pipe' });
}

/**
 * The host tests' setup, once per run, after the preview server has built `dist/` (the app, the
 * element and `dist/npm`): packs the npm package, installs the tarball into a scratch Vite app
 * (built with the project's own vite, React from the project) and a VitePress site, builds both
 * into `dist/hosts/`, and installs it again into a scratch Node project in the system's temporary
 * folder. Returns the teardown, which removes that last one.
 */
export default async function setupHosts(): Promise<() => void> {
  rmSync(hostsDir, { recursive: true, force: true });
  mkdirSync(hostsDir, { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', join(projectRoot, 'dist', 'npm'), '--pack-destination', hostsDir, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as [
    Hosts['pack'] & { filename: string },
  ];
  const tarball = join(hostsDir, packed[0].filename);
  installTarball(hostsDir, tarball);

  const app = join(hostsDir, 'app-src');
  cpSync(join(projectRoot, 'e2e', 'hosts', 'app'), app, { recursive: true });
  await build({
    root: app,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: join(hostsDir, 'app'),
      emptyOutDir: true,
      rolldownOptions: { input: ['index.html', 'react.html', 'react-late.html'].map((page) => join(app, page)) },
    },
  });

  const docs = join(hostsDir, 'docs');
  cpSync(join(projectRoot, 'e2e', 'hosts', 'vitepress'), docs, { recursive: true });
  const vitepress = await import('vitepress');
  await vitepress.build(docs, { base: '/hosts/vitepress/', outDir: join(hostsDir, 'vitepress'), logLevel: 'warn' } as Parameters<typeof vitepress.build>[1]);

  const nodeScratch = mkdtempSync(join(tmpdir(), 'lr-playground-node-'));
  installTarball(nodeScratch, tarball);
  const hosts: Hosts = { tarball, pack: packed[0], nodeScratch };
  writeFileSync(hostsFile, JSON.stringify(hosts, null, 2));
  return () => rmSync(nodeScratch, { recursive: true, force: true });
}
