import type { LossDefinition } from '../core/definition.ts';
import type { Family } from '../core/meta.ts';
import { LOSSES } from './index.ts';

/**
 * Every loss's code, loaded up front: what `#loss-code` resolves to in Node, tests and
 * benchmarks, so that `evaluateLoss` works the moment `src/index.ts` is imported. The browser
 * build loads each family on demand instead (see `code.browser.ts`).
 */
const byName = new Map(LOSSES.map((d) => [d.meta.name, d]));

/** The definition of a loss whose code is loaded, else undefined. */
export function loadedLoss(name: string): LossDefinition | undefined {
  return byName.get(name);
}

/** Nothing to load: everything already is. */
export function loadFamily(_family: Family): Promise<void> {
  return Promise.resolve();
}
