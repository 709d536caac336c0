import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './serviceWorkerSource.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    out = statSync(path).isDirectory() ? out.concat(filesUnder(path)) : out.concat(path);
  }
  return out;
}

/**
 * Writes `sw.js` beside the built app (see serviceWorkerSource.ts for what it does): its
 * precache list is every file of the build and of `public/`, its version a hash of their
 * contents, so any change to any file makes a new version and nothing else does. A tiny
 * hand-written worker rather than a plugin with its own dependencies: the whole policy fits
 * in one screen and is unit-tested.
 */
export function serviceWorker(): Plugin {
  let publicDir = '';
  let outDir = '';
  return {
    name: 'losslab:service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      const contents = new Map<string, string | Uint8Array>();
      for (const [fileName, output] of Object.entries(bundle)) {
        contents.set(fileName, output.type === 'chunk' ? output.code : output.source);
      }
      if (publicDir) {
        for (const path of filesUnder(publicDir)) {
          contents.set(relative(publicDir, path).split(sep).join('/'), readFileSync(path));
        }
      }
      contents.delete(SERVICE_WORKER_FILE);
      const files = [...contents.keys()].filter((f) => !f.endsWith('.map')).sort();
      const hash = createHash('sha256');
      for (const f of files)
        hash
          .update(f)
          .update('\0')
          .update(contents.get(f) ?? '');
      const version = hash.digest('hex').slice(0, 16);
      writeFileSync(join(outDir, SERVICE_WORKER_FILE), serviceWorkerSource(version, files));
      this.info(`service worker: ${files.length} files precached, version ${version}`);
    },
  };
}
