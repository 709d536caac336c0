import type { CtcDecoding } from './alignment.ts';
import { collapse } from './collapse.ts';
import type { SampleView } from './sampleView.ts';

/**
 * Best-path (greedy) decoding: the most probable label at every frame (the first on ties, like
 * torch.argmax), then collapsed. It ignores the target, and need not give the most probable
 * output sequence, which sums over many paths.
 */
export function greedyDecode(
  view: SampleView,
  frames: number,
  numClasses: number,
  blank: number,
): CtcDecoding {
  const { data, offset, frameStride } = view;
  const labels: number[] = [];
  let logProb = 0;
  for (let t = 0; t < frames; t++) {
    const base = offset + t * frameStride;
    let best = 0;
    for (let c = 1; c < numClasses; c++)
      if ((data[base + c] ?? 0) > (data[base + best] ?? 0)) best = c;
    labels.push(best);
    logProb += data[base + best] ?? 0;
  }
  return { labels, logProb, collapsed: collapse(labels, blank) };
}
