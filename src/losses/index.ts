import type { LossDefinition } from '../core/definition.ts';
import { crossEntropyLoss } from './crossEntropy.ts';
import { l1Loss } from './l1.ts';
import { mseLoss } from './mse.ts';
import { multiLabelMarginLoss } from './multiLabelMargin.ts';
import { multiLabelSoftMarginLoss } from './multiLabelSoftMargin.ts';
import { multiMarginLoss } from './multiMargin.ts';
import { nllLoss } from './nll.ts';

/**
 * Every loss the core implements, in catalog order. The UI's catalog, routes and controls are
 * all driven by this list.
 */
export const LOSSES: readonly LossDefinition[] = [
  l1Loss,
  mseLoss,
  crossEntropyLoss,
  nllLoss,
  multiMarginLoss,
  multiLabelMarginLoss,
  multiLabelSoftMarginLoss,
];
