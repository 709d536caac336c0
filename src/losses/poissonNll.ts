import type { LossDefinition } from '../core/definition.ts';
import { pointwiseLoss, type PointwiseFormula } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';
import { POISSON_NLL_META } from './poissonNllMeta.ts';

/**
 * Stirling's approximation of log(y!), which `full=True` adds so the loss is the true negative
 * log-likelihood. PyTorch masks it to 0 where y <= 1 (log(0!) = log(1!) = 0, and the formula
 * would be wrong or NaN there). It depends on the target only, so it has no input gradient.
 */
export function stirlingTerm(y: number): number {
  if (y <= 1) return 0;
  return y * Math.log(y) - y + 0.5 * Math.log(2 * Math.PI * y);
}

function poissonFormula(logInput: boolean, full: boolean, eps: number): PointwiseFormula {
  const extra = full ? stirlingTerm : () => 0;
  return logInput
    ? {
        // The input is the log-rate: the rate is exp(x). Note the minus sign the notes lose.
        loss: (x, y) => Math.exp(x) - y * x + extra(y),
        // Autograd's two terms, each scaled first: exp(x)·g − g·y.
        grad: (x, y, scale) => Math.exp(x) * scale - scale * y,
      }
    : {
        // The input is the rate itself; eps keeps log finite at a rate of 0. A negative rate
        // gives NaN (log of a negative number), as in PyTorch, but a finite gradient.
        loss: (x, y) => x - y * Math.log(x + eps) + extra(y),
        // Autograd's two terms: g − (g·y)/(x + eps).
        grad: (x, y, scale) => scale - (scale * y) / (x + eps),
      };
}

/** Negative log-likelihood of counts y under a Poisson distribution with rate λ. */
export const poissonNllLoss: LossDefinition = {
  meta: POISSON_NLL_META,
  compute(inputs, options) {
    return pointwiseLoss(
      inputs.get('input'),
      inputs.get('target'),
      options.string('reduction') as Reduction,
      poissonFormula(options.boolean('log_input'), options.boolean('full'), options.number('eps')),
    );
  },
};
