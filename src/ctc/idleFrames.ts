import type { SampleView } from './sampleView.ts';

/**
 * The logits gradient of frames the kernel gives no gradient: those at or beyond the sequence's
 * input length, and every frame of a sequence whose infinite loss zero_infinity zeroed (pass
 * `from` = 0 then). PyTorch's kernel leaves 0 there, and autograd then runs log_softmax's
 * backward, 0 − exp(log p) · Σ 0, which is NaN wherever exp(log p) is not finite: log p NaN (a
 * NaN logit makes its whole log_softmax row NaN) or +inf (never a log_softmax output, but the
 * formula says so). Elsewhere it is 0, as the gradient buffer already holds.
 */
export function idleFramesGradient(
  view: SampleView,
  from: number,
  frames: number,
  numClasses: number,
  grad: Float64Array,
): void {
  const { data, offset, frameStride } = view;
  for (let t = from; t < frames; t++) {
    const base = offset + t * frameStride;
    for (let i = base; i < base + numClasses; i++) {
      const lp = data[i] ?? 0;
      if (Number.isNaN(lp) || lp === Number.POSITIVE_INFINITY) grad[i] = Number.NaN;
    }
  }
}
