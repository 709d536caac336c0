import { describe, expect, it } from 'vitest';
import { compareSigmoidBce } from '../../../src/index.ts';
import { stabilityCode } from './stabilityCode.ts';

describe('stabilityCode', () => {
  it('prints what PyTorch prints for z = 40, y = 0 (checked with torch 1.13 in float64)', () => {
    const r = compareSigmoidBce({ logits: [40], target: 0 });
    const code = stabilityCode({
      logit: 40,
      target: 0,
      probability: r.probability[0] ?? NaN,
      naiveLoss: r.naiveLoss[0] ?? NaN,
      naiveGrad: r.naiveGrad[0] ?? NaN,
      fusedLoss: r.fusedLoss[0] ?? NaN,
      fusedGrad: r.fusedGrad[0] ?? NaN,
    });
    expect(code).toContain('z = torch.tensor(40.0, requires_grad=True)');
    expect(code).toContain('print(prob.item())  # 1.0');
    expect(code).toContain('print(naive.item(), z.grad.item())  # 100.0 0.0');
    expect(code).toContain('print(exact.item(), z.grad.item())  # 40.0 1.0');
  });
});
