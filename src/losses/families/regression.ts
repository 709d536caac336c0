import type { LossDefinition } from '../../core/definition.ts';
import { l1Loss } from '../l1.ts';
import { mseLoss } from '../mse.ts';
import { smoothL1Loss } from '../smoothL1.ts';
import { huberLoss } from '../huber.ts';

/** The regression losses' code: one chunk in the browser build, loaded with the family's first panel. */
export const losses: readonly LossDefinition[] = [l1Loss, mseLoss, smoothL1Loss, huberLoss];
