import { describe, expect, it } from 'vitest';
import { LossInputError } from '../core/LossInputError.ts';
import { collapse } from './collapse.ts';
import { ctcLattice } from './lattice.ts';
import { allSequences, randomLogProbs } from '../testing/ctcSupport.ts';

/** Brute force over every frame-label sequence: the count, total probability and best path. */
function bruteForce(lp: number[][], target: number[], blank: number) {
  const frames = lp.length;
  const classes = lp[0]?.length ?? 0;
  let count = 0n;
  let total = 0;
  let best = { logProb: Number.NEGATIVE_INFINITY, labels: [] as number[] };
  for (const seq of allSequences(frames, classes)) {
    if (collapse(seq, blank).join() !== target.join()) continue;
    count++;
    const logProb = seq.reduce((acc, c, t) => acc + (lp[t]?.[c] ?? 0), 0);
    total += Math.exp(logProb);
    if (logProb > best.logProb) best = { logProb, labels: seq };
  }
  return { count, logLikelihood: Math.log(total), best };
}

const CASES: { frames: number; classes: number; target: number[]; blank: number }[] = [
  { frames: 4, classes: 3, target: [1, 2], blank: 0 },
  { frames: 5, classes: 3, target: [1, 1], blank: 0 },
  { frames: 3, classes: 3, target: [1, 1], blank: 0 },
  { frames: 2, classes: 3, target: [1, 1], blank: 0 },
  { frames: 5, classes: 4, target: [3, 1, 3], blank: 2 },
  { frames: 4, classes: 2, target: [], blank: 0 },
  { frames: 6, classes: 3, target: [2, 2, 1], blank: 0 },
  { frames: 1, classes: 3, target: [1], blank: 0 },
];

describe('ctcLattice against brute-force enumeration of every frame labelling', () => {
  it.each(CASES)(
    'T=$frames C=$classes target=$target blank=$blank',
    ({ frames, classes, target, blank }) => {
      const lp = randomLogProbs(frames, classes, 7 + frames * 10 + classes);
      const lattice = ctcLattice(lp, target, { blank });
      const brute = bruteForce(lp, target, blank);
      expect(lattice.alignmentCount).toBe(brute.count);
      if (brute.count === 0n) {
        expect(lattice.logLikelihood).toBe(Number.NEGATIVE_INFINITY);
        expect(lattice.loss).toBe(Number.POSITIVE_INFINITY);
        expect(lattice.viterbi).toBeNull();
        expect(lattice.samples).toEqual([]);
        return;
      }
      expect(lattice.logLikelihood).toBeCloseTo(brute.logLikelihood, 12);
      expect(lattice.viterbi?.logProb).toBeCloseTo(brute.best.logProb, 12);
      expect(lattice.viterbi?.labels).toEqual(brute.best.labels);
      expect(lattice.viterbi?.collapsed).toEqual(target);
    },
  );
});

describe('lattice invariants', () => {
  const lp = randomLogProbs(9, 5, 42);
  const target = [1, 3, 3, 2];
  const lattice = ctcLattice(lp, target, { blank: 0, samples: 6, seed: 3 });

  it('builds the extended labels with blanks around every label', () => {
    expect(lattice.extended).toEqual([0, 1, 0, 3, 0, 3, 0, 2, 0]);
    expect(lattice.starts).toEqual([
      { t: 0, s: 0 },
      { t: 0, s: 1 },
    ]);
    expect(lattice.ends).toEqual([
      { t: 8, s: 8 },
      { t: 8, s: 7 },
    ]);
  });

  it('forbids the skip between the repeated 3s, and only there', () => {
    expect(lattice.blockedSkips).toEqual([5]);
    expect(lattice.incoming[5]).toEqual([
      { kind: 'stay', from: 5 },
      { kind: 'advance', from: 4 },
    ]);
    expect(lattice.incoming[3]?.map((tr) => tr.kind)).toEqual(['stay', 'advance', 'skip']);
    expect(lattice.incoming[4]?.map((tr) => tr.kind)).toEqual(['stay', 'advance']);
    expect(lattice.incoming[0]).toEqual([{ kind: 'stay', from: 0 }]);
  });

  it('has logsumexp_s(α + β − log p) equal to the log likelihood at every frame', () => {
    lattice.logAlpha.forEach((alphaRow, t) => {
      const terms = alphaRow.map(
        (a, s) => a + (lattice.logBeta[t]?.[s] ?? 0) - (lp[t]?.[lattice.extended[s] ?? 0] ?? 0),
      );
      const top = Math.max(...terms);
      const lse = top + Math.log(terms.reduce((acc, v) => acc + Math.exp(v - top), 0));
      expect(lse).toBeCloseTo(lattice.logLikelihood, 12);
    });
  });

  it('has posteriors that sum to 1 in every frame', () => {
    for (const row of lattice.posterior) {
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('samples distinct valid alignments, most probable first, reproducibly', () => {
    expect(lattice.samples.length).toBeGreaterThan(1);
    const keys = new Set(lattice.samples.map((a) => a.states.join()));
    expect(keys.size).toBe(lattice.samples.length);
    for (const a of lattice.samples) {
      expect(a.collapsed).toEqual(target);
      expect(a.states[0]).toBeLessThanOrEqual(1);
      expect(a.states.at(-1)).toBeGreaterThanOrEqual(7);
      expect(a.logProb).toBeLessThanOrEqual((lattice.viterbi?.logProb ?? 0) + 1e-12);
    }
    const logProbs = lattice.samples.map((a) => a.logProb);
    expect(logProbs).toEqual([...logProbs].sort((a, b) => b - a));
    const again = ctcLattice(lp, target, { blank: 0, samples: 6, seed: 3 });
    expect(again.samples).toEqual(lattice.samples);
  });

  it('decodes greedily by the per-frame argmax, then collapses', () => {
    const argmax = lp.map((row) => row.indexOf(Math.max(...row)));
    expect(lattice.greedy.labels).toEqual(argmax);
    expect(lattice.greedy.collapsed).toEqual(collapse(argmax, 0));
  });

  it('counts alignments exactly even when they outgrow float64 integers', () => {
    // Without repeated labels there are C(T + L, 2L) alignments (checked against brute force
    // for small T above); at T = 300, L = 40 that is about 10^88.
    const binomial = (n: number, k: number): bigint => {
      let r = 1n;
      for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
      return r;
    };
    for (const [frames, length] of [
      [4, 2],
      [10, 4],
      [300, 40],
    ] as const) {
      const target = Array.from({ length }, (_, i) => 1 + (i % 2));
      const { alignmentCount } = ctcLattice(randomLogProbs(frames, 3, 1), target, { samples: 0 });
      expect(alignmentCount).toBe(binomial(frames + length, 2 * length));
    }
  });
});

describe('collapse', () => {
  it('merges repeats before dropping blanks', () => {
    expect(collapse([1, 1, 0, 1, 2, 2, 0, 0], 0)).toEqual([1, 1, 2]);
    expect(collapse([0, 0, 0], 0)).toEqual([]);
    expect(collapse([2, 2, 3], 3)).toEqual([2]);
  });
});

describe('ctcLattice refuses what CTCLoss refuses', () => {
  const lp = randomLogProbs(4, 3, 5);
  it('names an out-of-range label', () => {
    expect(() => ctcLattice(lp, [1, 3])).toThrow(/target 3 is out of bounds for C = 3/);
  });
  it('names an out-of-range blank', () => {
    expect(() => ctcLattice(lp, [1], { blank: 3 })).toThrow(LossInputError);
  });
  it('wants a (T, C) matrix', () => {
    expect(() => ctcLattice([0.1, 0.2], [1])).toThrow(/\(T, C\)/);
  });
});
