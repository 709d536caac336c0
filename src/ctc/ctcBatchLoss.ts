import type { CtcBatch } from './ctcBatch.ts';
import { extendLabels, hasValidAlignment, type ExtendedLabels } from './extendedLabels.ts';
import { idleFramesGradient } from './idleFrames.ts';
import { logSpaceSample } from './logSpaceSample.ts';
import { scaledSample } from './scaledSample.ts';
import { createWorkspace } from './workspace.ts';

/** Per-sequence negative log likelihoods and the gradient for the whole (T, N, C) input. */
export interface CtcBatchResult {
  readonly nll: Float64Array;
  readonly grad: Float64Array;
}

/**
 * Runs every sequence of the batch. `gradScales[b]` is d output / d nll_b as the reduction
 * makes it. Frames at or beyond a sequence's input length keep a zero gradient, as in PyTorch
 * (NaN where their log-probabilities are NaN, see idleFrames.ts).
 */
export function ctcBatchLoss(
  batch: CtcBatch,
  blank: number,
  gradScales: Float64Array,
  zeroInfinity: boolean,
): CtcBatchResult {
  const { frames, batchSize, numClasses } = batch;
  const data = batch.logProbs.data;
  const grad = new Float64Array(data.length);
  const nll = new Float64Array(batchSize);
  let maxTarget = 0;
  for (const length of batch.targetLengths) maxTarget = Math.max(maxTarget, length);
  const ws = createWorkspace(frames, 2 * maxTarget + 1);
  for (let b = 0; b < batchSize; b++) {
    const ext = extendLabels(
      batch.targets,
      batch.targetOffsets[b] ?? 0,
      batch.targetLengths[b] ?? 0,
      blank,
    );
    const view = { data, offset: b * numClasses, frameStride: batchSize * numClasses };
    const length = batch.inputLengths[b] ?? 0;
    const scale = gradScales[b] ?? 1;
    const fast =
      hasValidAlignment(ext, length) && !labelsHitBlank(ext, blank)
        ? scaledSample(view, length, ext, numClasses, scale, ws, grad)
        : null;
    const loss = fast ?? logSpaceSample(view, length, ext, numClasses, scale, zeroInfinity, grad);
    nll[b] = loss;
    const zeroed = zeroInfinity && loss === Number.POSITIVE_INFINITY;
    idleFramesGradient(view, zeroed ? 0 : length, frames, numClasses, grad);
  }
  return { nll, grad };
}

/**
 * A target label equal to blank is accepted by PyTorch (and only documented as forbidden). Its
 * kernel then reaches a few corner cases that only the log-space path reproduces.
 */
function labelsHitBlank(ext: ExtendedLabels, blank: number): boolean {
  for (let s = 1; s < ext.labels.length; s += 2) if (ext.labels[s] === blank) return true;
  return false;
}
