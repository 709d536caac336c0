import type { Tensor } from '../core/tensor.ts';

/**
 * NLLLoss's input `[]` with target `[]`, read as an empty batch (0, C) against (0) class indices.
 *
 * A nested list cannot keep the class size of an empty batch: torch.randn(0, C).tolist() is [],
 * which torch.tensor([]) reads back as shape (0). For NLLLoss that literal reading has no answer
 * to match: PyTorch 1.13 crashes (segmentation fault) on a (0) input with a (0) target. So we take
 * the one reading PyTorch does answer, the empty batch, and return its result: 'none' gives [],
 * 'sum' 0 and 'mean' NaN. C is taken from a 1-D weight, so that a weight of C classes is accepted
 * as it is for (0, C).
 *
 * (CrossEntropyLoss and MultiLabelSoftMarginLoss keep the literal reading: PyTorch answers a
 * (0) input there, as one sample of zero classes.)
 *
 * @returns input reshaped to (0, C), or input itself when the pair is not two empty lists
 */
export function emptyClassBatch(input: Tensor, target: Tensor, weight: Tensor | null): Tensor {
  const isEmptyList = (t: Tensor): boolean => t.shape.length === 1 && t.shape[0] === 0;
  if (!isEmptyList(input) || !isEmptyList(target)) return input;
  const classes = weight?.shape.length === 1 ? (weight.shape[0] ?? 1) : 1;
  return { shape: [0, classes], data: input.data };
}
