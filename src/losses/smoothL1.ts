import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { pointwiseLoss } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';
import { SMOOTH_L1_META } from './smoothL1Meta.ts';

/**
 * `0.5 (x − y)² / beta` while |x − y| < beta, `|x − y| − 0.5 beta` beyond: MSE near zero, L1 in
 * the tails, joined so that value and slope are continuous.
 */
export const smoothL1Loss: LossDefinition = {
  meta: SMOOTH_L1_META,
  compute(inputs, options) {
    const beta = options.number('beta');
    if (beta < 0) {
      throw new LossInputError(
        `smooth_l1_loss does not support negative values for beta (got beta=${beta}).`,
      );
    }
    return pointwiseLoss(
      inputs.get('input'),
      inputs.get('target'),
      options.string('reduction') as Reduction,
      {
        // With beta = 0 the first branch never fires and this is exactly |x − y| (PyTorch
        // dispatches to l1_loss there, which agrees, NaN included).
        loss: (x, y) => {
          const z = Math.abs(x - y);
          return z < beta ? (0.5 * z * z) / beta : z - 0.5 * beta;
        },
        // PyTorch's backward kernel, branch for branch. Its `<=` means that with beta = 0 a tie
        // x = y gets gradient −1, not L1's 0: the backward is smooth_l1's, not l1's.
        // The kernel multiplies norm · d before dividing by beta: with a denormal beta and
        // error the 1/n can round the numerator to 0 first, as in PyTorch.
        grad: (x, y, scale) => {
          const d = x - y;
          if (d <= -beta) return -scale;
          if (d >= beta) return scale;
          return (scale * d) / beta;
        },
      },
    );
  },
};
