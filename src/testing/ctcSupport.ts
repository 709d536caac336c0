import { mulberry32 } from '../core/random.ts';

/** Random (T, C) log-probabilities: seeded normal logits through log_softmax. */
export function randomLogProbs(
  frames: number,
  classes: number,
  seed: number,
  scale = 1,
): number[][] {
  const rand = mulberry32(seed);
  return Array.from({ length: frames }, () => {
    const z = Array.from(
      { length: classes },
      () => scale * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()),
    );
    const top = Math.max(...z);
    const logZ = top + Math.log(z.reduce((a, v) => a + Math.exp(v - top), 0));
    return z.map((v) => v - logZ);
  });
}

/** Every label sequence of length `frames` over `classes` labels (classes^frames of them). */
export function* allSequences(frames: number, classes: number): Generator<number[]> {
  const seq = new Array<number>(frames).fill(0);
  for (;;) {
    yield [...seq];
    let i = frames - 1;
    while (i >= 0 && seq[i] === classes - 1) seq[i--] = 0;
    if (i < 0) return;
    seq[i] = (seq[i] ?? 0) + 1;
  }
}
