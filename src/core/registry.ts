import { LOSSES } from '../losses/index.ts';
import type { LossDefinition } from './definition.ts';
import { LossInputError } from './LossInputError.ts';
import type { LossMeta } from './meta.ts';

const byName = new Map(LOSSES.map((d) => [d.meta.name, d]));

/** The definition of a loss by its PyTorch class name; refuses unknown names. */
export function getLoss(name: string): LossDefinition {
  const def = byName.get(name);
  if (!def) {
    throw new LossInputError(
      `unknown loss '${name}': expected a torch.nn class name such as 'MSELoss'`,
    );
  }
  return def;
}

export function hasLoss(name: string): boolean {
  return byName.has(name);
}

/** Metadata of every implemented loss, in catalog order. */
export function listLosses(): readonly LossMeta[] {
  return LOSSES.map((d) => d.meta);
}
