import fc from 'fast-check';
import { onGrid, pairedTensors, reduction, type LossCall } from '../generators.ts';

function elementwise(): fc.Arbitrary<LossCall> {
  return fc
    .record({ pair: pairedTensors(onGrid), reduction })
    .map(({ pair, reduction: r }) => ({ inputs: pair, options: { reduction: r } }));
}

export const REGRESSION_CALLS: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  L1Loss: elementwise(),
  MSELoss: elementwise(),
};

export const REGRESSION_NON_NEGATIVE = ['L1Loss', 'MSELoss'];
