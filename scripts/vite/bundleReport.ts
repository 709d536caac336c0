import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The panel a first-time visitor lands on (the default route). */
const FIRST_PANEL = /app\/losses\/L1Loss\/Panel\.tsx$/;

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
 * Prints, after `vite build`, the gzipped JavaScript a visitor needs for the first panel (entry,
 * its static imports, and the default panel's lazy chunk with its imports) and for the whole
 * app. Budgets (issue #10): first panel under 200 KB, everything under 450 KB.
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
      const entry = [...byName.values()].find((c) => c.isEntry);
      const panel = [...byName.values()].find(
        (c) => c.facadeModuleId && FIRST_PANEL.test(c.facadeModuleId),
      );
      const first = new Set<string>();
      if (entry) closure(entry, byName, first);
      if (panel) closure(panel, byName, first);
      this.info(
        `JavaScript (gzip): first panel ${kb(sum(first))} in ${first.size} chunks; everything ${kb(sum(byName.keys()))} in ${byName.size} chunks`,
      );
    },
  };
}
