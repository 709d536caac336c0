import { describe, expect, it } from 'vitest';
import { compareSigmoidBce } from '../../../src/index.ts';
import { stabilityCode } from './stabilityCode.ts';

const codeAt = (logit: number, target: number): string => {
  const r = compareSigmoidBce({ logits: [logit], target });
  return stabilityCode({
    logit,
    target,
    probability: r.probability[0] ?? NaN,
    naiveLoss: r.naiveLoss[0] ?? NaN,
    naiveGrad: r.naiveGrad[0] ?? NaN,
    fusedLoss: r.fusedLoss[0] ?? NaN,
    fusedGrad: r.fusedGrad[0] ?? NaN,
  });
};

describe('stabilityCode', () => {
  it('prints what PyTorch prints for z = 40, y = 0 (checked with torch 1.13 in float64)', () => {
    const code = codeAt(40, 0);
    expect(code).toContain('z = torch.tensor(40.0, requires_grad=True)');
    expect(code).toContain("print(f'{prob.item():.12}')  # 1.0");
    expect(code).toContain("print(f'{naive.item():.12} {z.grad.item():.12}')  # 100.0 0.0");
    expect(code).toContain("print(f'{exact.item():.12} {z.grad.item():.12}')  # 40.0 1.0");
  });

  it('prints 12 digits, so an ulp between math libraries does not show (z = 2.5, y = 1)', () => {
    // torch 1.13: exact.item() is 0.07888973429254957, the core's log gives ...956.
    expect(codeAt(2.5, 1)).toContain('  # 0.0788897342925 -0.0758581800212');
  });

  it("prints BCELoss()'s mean, which turns the −0 loss of σ(z) = 1, y = 1 into 0.0", () => {
    expect(codeAt(150, 1)).toContain('  # 0.0 0.0\n');
  });
});
