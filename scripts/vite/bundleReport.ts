import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';
import { listLosses } from '../../src/index.ts';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The loss a first-time visitor lands on (the default route). */
const FIRST_LOSS = 'L1Loss';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE_LOADERS = resolve(ROOT, 'src/losses/code.browser.ts');

/** The module holding each family's compute code, read from the browser build's loader table. */
function familyModules(): Map<string, string> {
  const text = readFileSync(CODE_LOADERS, 'utf8');
  const entries = [...text.matchAll(/(\w+): \(\) => import\('([^']+)'\)/g)];
  return new Map(
    entries.map(([, family = '', path = '']) => [family, resolve(dirname(CODE_LOADERS), path)]),
  );
}

/**
 * The modules whose chunks PanelHost's `loadPage` fetches for a loss, besides the entry: the
 * panel (the default route has one), its teaching content, and the compute code of its family
 * (`loadLossCode`).
 */
function pageModules(name: string): string[] {
  const family = listLosses().find((m) => m.name === name)?.family ?? '';
  return [
    resolve(ROOT, `app/losses/${name}/Panel.tsx`),
    resolve(ROOT, `app/losses/${name}/content.ts`),
    familyModules().get(family) ?? `(no loader for the ${family} family)`,
  ];
}

function chunks(bundle: OutputBundle): Map<string, OutputChunk> {
  return new Map(
    Object.values(bundle)
      .filter((o): o is OutputChunk => o.type === 'chunk')
      .map((c) => [c.fileName, c]),
  );
}

/** A chunk and everything it statically imports: what must load before it runs. */
function closure(
  start: OutputChunk,
  byName: Map<string, OutputChunk>,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(start.fileName)) return seen;
  seen.add(start.fileName);
  for (const dep of start.imports) {
    const c = byName.get(dep);
    if (c) closure(c, byName, seen);
  }
  return seen;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints, after `vite build`, the gzipped JavaScript a visitor needs for the first panel (the
 * entry with its static imports, and every chunk the default route's page loads with theirs)
 * and for the whole app. Budgets (issue #10): first panel under 200 KB, everything under 450 KB.
 */
export function bundleReport(): Plugin {
  return {
    name: 'losslab:bundle-report',
    apply: 'build',
    writeBundle(_options, bundle) {
      const byName = chunks(bundle);
      const gz = new Map(
        [...byName].map(([name, c]) => [name, gzipSync(c.code, { level: 9 }).length]),
      );
      const sum = (names: Iterable<string>) =>
        [...names].reduce((n, name) => n + (gz.get(name) ?? 0), 0);
      const first = new Set<string>();
      const entry = [...byName.values()].find((c) => c.isEntry);
      if (entry) closure(entry, byName, first);
      for (const id of pageModules(FIRST_LOSS)) {
        const chunk = [...byName.values()].find((c) => c.moduleIds.includes(id));
        if (chunk) closure(chunk, byName, first);
        else this.warn(`bundle report: no chunk holds ${id}; the first-panel figure is incomplete`);
      }
      this.info(
        `JavaScript (gzip): first panel (${FIRST_LOSS}) ${kb(sum(first))} in ${first.size} chunks; everything ${kb(sum(byName.keys()))} in ${byName.size} chunks`,
      );
    },
  };
}
