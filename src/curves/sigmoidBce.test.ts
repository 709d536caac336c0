import { describe, expect, it } from 'vitest';
import { compareSigmoidBce } from '../index.ts';
import fixture from '../fixtures/stability/sigmoidBce.json';
import { decode, mismatch } from '../testing/golden.ts';

const RTOL = 1e-6;
const ATOL = 1e-12;

describe('compareSigmoidBce', () => {
  for (const golden of fixture.pipeline) {
    describe(`target ${golden.target}`, () => {
      const r = compareSigmoidBce({ logits: golden.logits, target: golden.target });
      for (const key of [
        'probability',
        'naiveLoss',
        'naiveGrad',
        'fusedLoss',
        'fusedGrad',
      ] as const) {
        it(`${key} matches PyTorch (sigmoid then BCELoss, and BCEWithLogitsLoss)`, () => {
          expect(mismatch(Array.from(r[key]), decode(golden[key]), RTOL, ATOL, key)).toBeNull();
        });
      }
    });
  }

  it('saturates at the −100 clamp for target 0 from z ≈ 37 while the fused loss stays exact', () => {
    const r = compareSigmoidBce({ logits: [36, 37, 40, 800], target: 0 });
    expect(Array.from(r.naiveClamped)).toEqual([0, 1, 1, 1]);
    expect(r.naiveLoss[2]).toBe(100);
    expect(r.naiveGrad[2]).toBe(0);
    expect(r.fusedLoss[2]).toBeCloseTo(40, 12);
    expect(r.fusedLoss[3]).toBe(800);
    expect(r.fusedGrad[2]).toBe(1);
  });

  it('for target 1 keeps the value down to z = −100 but loses the gradient long before', () => {
    const r = compareSigmoidBce({ logits: [-40, -99, -101], target: 1 });
    expect(Array.from(r.naiveClamped)).toEqual([0, 0, 1]);
    expect(r.naiveLoss[0]).toBeCloseTo(40, 10);
    expect(r.naiveLoss[2]).toBe(100);
    expect(Math.abs(r.naiveGrad[0] ?? 1)).toBeLessThan(1e-5);
    expect(r.fusedGrad[0]).toBeCloseTo(-1, 12);
  });
});
