import { getLoss, listLosses, type Family } from '../../src/index.ts';

export interface FamilyPlace {
  readonly family: Family;
  /** The family's losses in catalog order. */
  readonly members: readonly string[];
  /** Position of the loss among them, from 0. */
  readonly index: number;
}

/** Where a loss sits in its family, as the catalog lists it. */
export function familyPlace(name: string): FamilyPlace {
  const family = getLoss(name).meta.family;
  const members = listLosses()
    .filter((m) => m.family === family)
    .map((m) => m.name);
  return { family, members, index: members.indexOf(name) };
}

/**
 * The loss `step` places away in the same family, wrapping around: a lecturer stepping through
 * the regression losses with a clicker comes back to the first after the last.
 */
export function familyNeighbour(name: string, step: number): string {
  const { members, index } = familyPlace(name);
  const n = members.length;
  return members[(((index + step) % n) + n) % n] ?? name;
}
