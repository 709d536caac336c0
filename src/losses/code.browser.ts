import type { LossDefinition } from '../core/definition.ts';
import type { Family } from '../core/meta.ts';

type FamilyModule = { readonly losses: readonly LossDefinition[] };

/**
 * The browser build's loss code (package.json "imports", condition "browser"): each family's
 * compute arrives in its own chunk when one of its panels asks for it, so the first screen
 * carries only the code it shows. Node, tests and benchmarks resolve `#loss-code` to `code.ts`
 * instead, where every loss is loaded up front.
 */
const LOADERS: Readonly<Record<Family, () => Promise<FamilyModule>>> = {
  regression: () => import('./families/regression.ts'),
  probabilistic: () => import('./families/probabilistic.ts'),
  margin: () => import('./families/margin.ts'),
  embedding: () => import('./families/embedding.ts'),
  sequence: () => import('./families/sequence.ts'),
};

const loaded = new Map<string, LossDefinition>();

/** The definition of a loss whose code has arrived, else undefined. */
export function loadedLoss(name: string): LossDefinition | undefined {
  return loaded.get(name);
}

/** Loads the code of every loss of a family (the browser caches the chunk). */
export async function loadFamily(family: Family): Promise<void> {
  const { losses } = await LOADERS[family]();
  for (const def of losses) loaded.set(def.meta.name, def);
}
