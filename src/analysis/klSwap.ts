import type { NestedNumbers } from '../core/tensor.ts';
import { expOf, logOf } from './distribution.ts';

/**
 * KLDivLoss(input = log q, target = p) computes KL(p ‖ q). These are the arguments that compute
 * the reverse, KL(q ‖ p), in the same convention: the input becomes log p and the target q (or
 * log q with log_target=True, where the swap is a plain exchange). A zero in p becomes −∞ in the
 * new input, and the reverse divergence is then infinite wherever q is not zero: the asymmetry
 * at its starkest.
 */
export function swapKlArguments(
  input: NestedNumbers,
  target: NestedNumbers,
  logTarget: boolean,
): { input: NestedNumbers; target: NestedNumbers } {
  return logTarget
    ? { input: target, target: input }
    : { input: logOf(target), target: expOf(input) };
}
