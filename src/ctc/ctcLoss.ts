import type { LossDefinition } from '../core/definition.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { scalar, type Tensor } from '../core/tensor.ts';
import { readCtcBatch } from './ctcBatch.ts';
import { ctcBatchLoss } from './ctcBatchLoss.ts';
import { CTC_META } from './ctcMeta.ts';

/**
 * torch.nn.CTCLoss. Each sequence's loss is −log Σ over alignments of Π_t p_t(π_t); the gradient
 * reported under `log_probs` is PyTorch's, exp(log_probs) − occupancy, which is the gradient with
 * respect to the logits before log_softmax.
 */
export const ctcLoss: LossDefinition = {
  meta: CTC_META,
  compute(inputs, options) {
    const blank = options.number('blank');
    const reduction = options.string('reduction') as Reduction;
    const zeroInfinity = options.boolean('zero_infinity');
    const batch = readCtcBatch(inputs, blank);
    const n = batch.batchSize;
    // 'mean' is (loss_b / max(target_length_b, 1)).mean(): the clamp keeps empty targets finite.
    const divisors = Float64Array.from(batch.targetLengths, (l) => Math.max(l, 1));
    const gradScales =
      reduction === 'mean'
        ? Float64Array.from(divisors, (d) => 1 / n / d)
        : new Float64Array(n).fill(1);
    const { nll, grad } = ctcBatchLoss(batch, blank, gradScales, zeroInfinity);
    // zero_infinity zeroes +inf losses (their gradients were zeroed inside).
    const losses = zeroInfinity ? nll.map((v) => (v === Number.POSITIVE_INFINITY ? 0 : v)) : nll;
    const shape = batch.batched ? [n] : [];
    const gradTensor: Tensor = {
      shape: batch.batched ? batch.logProbs.shape : [batch.frames, batch.numClasses],
      data: grad,
    };
    let output: Tensor;
    if (reduction === 'mean') {
      let sum = 0;
      losses.forEach((v, b) => (sum += v / (divisors[b] ?? 1)));
      output = scalar(sum / n);
    } else {
      output = reduce({ shape, data: losses }, reduction).output;
    }
    return { output, grads: { log_probs: gradTensor } };
  },
};
