import type { LossDefinition } from '../../core/definition.ts';
import { crossEntropyLoss } from '../crossEntropy.ts';
import { nllLoss } from '../nll.ts';
import { bceLoss } from '../bce.ts';
import { bceWithLogitsLoss } from '../bceWithLogits.ts';
import { poissonNllLoss } from '../poissonNll.ts';
import { gaussianNllLoss } from '../gaussianNll.ts';
import { klDivLoss } from '../klDiv.ts';

/** The probabilistic losses' code: one chunk in the browser build, loaded with the family's first panel. */
export const losses: readonly LossDefinition[] = [
  crossEntropyLoss,
  nllLoss,
  bceLoss,
  bceWithLogitsLoss,
  poissonNllLoss,
  gaussianNllLoss,
  klDivLoss,
];
