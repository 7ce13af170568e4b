import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the host tests' setup builds its hosts, once per run: inside the project (so a host's
 * build finds the project's own vite, vitepress and react), under `dist/`, which the preview
 * server serves (`/hosts/app/`, `/hosts/vitepress/`).
 */
export const hostsDir = join(projectRoot, 'dist', 'hosts');

/** What the setup made, for the tests to find. */
export interface Hosts {
  /** The packed package. */
  readonly tarball: string;
  /** `npm pack`'s own account of it. */
  readonly pack: { readonly size: number; readonly unpackedSize: number; readonly files: readonly { readonly path: string; readonly size: number }[] };
  /** A scratch Node project in the system's temporary folder, with the tarball installed. */
  readonly nodeScratch: string;
}

export const hostsFile = join(hostsDir, 'hosts.json');
