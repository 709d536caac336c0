import type { LossDefinition } from '../core/definition.ts';
import { ctcLoss } from '../ctc/ctcLoss.ts';
import { l1Loss } from './l1.ts';
import { mseLoss } from './mse.ts';

/**
 * Every loss the core implements, in catalog order. The UI's catalog, routes and controls are
 * all driven by this list.
 */
export const LOSSES: readonly LossDefinition[] = [l1Loss, mseLoss, ctcLoss];
