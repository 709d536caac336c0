import type { CtcAlignment } from './alignment.ts';
import { collapse } from './collapse.ts';
import type { ExtendedLabels } from './extendedLabels.ts';
import { mulberry32 } from '../core/random.ts';
import type { SampleView } from './sampleView.ts';

/**
 * Up to `count` distinct valid alignments drawn from the CTC posterior p(path | target, input),
 * most probable first. Sampling runs backwards through α (forward filtering, backward
 * sampling): pick an end state in proportion to α, then each predecessor in proportion to its
 * α, which yields every valid path with exactly its posterior probability.
 */
export function sampleAlignments(
  logAlpha: Float64Array,
  view: SampleView,
  frames: number,
  ext: ExtendedLabels,
  blank: number,
  count: number,
  seed: number,
): CtcAlignment[] {
  const { labels, skip } = ext;
  const states = labels.length;
  if (frames < ext.minFrames || count < 1) return [];
  const rand = mulberry32(seed);
  const found = new Map<string, CtcAlignment>();
  const pick = (t: number, candidates: number[]): number => {
    const weights = candidates.map((s) => logAlpha[t * states + s] ?? Number.NEGATIVE_INFINITY);
    const top = Math.max(...weights);
    const probs = weights.map((w) => Math.exp(w - top));
    let u = rand() * probs.reduce((a, b) => a + b, 0);
    let chosen = 0;
    for (let i = 0; i < candidates.length; i++) {
      const p = probs[i] ?? 0;
      if (p === 0) continue;
      chosen = i; // the last possible candidate absorbs any rounding left in u
      u -= p;
      if (u < 0) break;
    }
    return candidates[chosen] ?? 0;
  };
  // A few extra draws make room for repeats of the likeliest paths.
  for (let draw = 0; draw < count * 8 && found.size < count; draw++) {
    const path = new Array<number>(frames);
    let s = pick(frames - 1, states > 1 ? [states - 1, states - 2] : [0]);
    path[frames - 1] = s;
    for (let t = frames - 1; t > 0; t--) {
      const candidates = [s];
      if (s > 0) candidates.push(s - 1);
      if (skip[s]) candidates.push(s - 2);
      s = pick(t - 1, candidates);
      path[t - 1] = s;
    }
    const key = path.join(',');
    if (found.has(key)) continue;
    const frameLabels = path.map((state) => labels[state] ?? blank);
    let logProb = 0;
    frameLabels.forEach(
      (c, t) => (logProb += view.data[view.offset + t * view.frameStride + c] ?? 0),
    );
    found.set(key, {
      states: path,
      labels: frameLabels,
      logProb,
      collapsed: collapse(frameLabels, blank),
    });
  }
  return [...found.values()].sort((a, b) => b.logProb - a.logProb);
}
