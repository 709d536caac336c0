import { loadedLoss, loadFamily } from '#loss-code';
import { LOSS_METAS } from '../losses/metas.ts';
import type { LossDefinition } from './definition.ts';
import { LossInputError } from './LossInputError.ts';
import type { LossMeta } from './meta.ts';

const metaByName = new Map(LOSS_METAS.map((m) => [m.name, m]));

/** Stands in for a loss whose code the browser has not loaded yet: metadata works, compute says so. */
const notLoaded = new Map(
  LOSS_METAS.map((meta): [string, LossDefinition] => [
    meta.name,
    {
      meta,
      compute() {
        throw new Error(
          `internal: the code of ${meta.name} is not loaded yet; await loadLossCode('${meta.name}') first`,
        );
      },
    },
  ]),
);

/** The definition of a loss by its PyTorch class name; refuses unknown names. */
export function getLoss(name: string): LossDefinition {
  const def = loadedLoss(name) ?? notLoaded.get(name);
  if (!def) {
    throw new LossInputError(
      `unknown loss '${name}': expected a torch.nn class name such as 'MSELoss'`,
    );
  }
  return def;
}

export function hasLoss(name: string): boolean {
  return metaByName.has(name);
}

/** Metadata of every implemented loss, in catalog order. */
export function listLosses(): readonly LossMeta[] {
  return LOSS_METAS;
}

/**
 * Resolves once the compute code of `name` and of every loss of its family is loaded. In Node
 * everything is loaded from the start and this resolves at once; the browser build fetches the
 * code on demand, and a panel may evaluate the losses of its own family once this has resolved.
 */
export function loadLossCode(name: string): Promise<void> {
  const family = metaByName.get(name)?.family;
  return family ? loadFamily(family) : Promise.resolve();
}
