import type { LossDefinition } from '../../core/definition.ts';
import { ctcLoss } from '../../ctc/ctcLoss.ts';

/** The sequence losses' code: one chunk in the browser build, loaded with the family's first panel. */
export const losses: readonly LossDefinition[] = [ctcLoss];
