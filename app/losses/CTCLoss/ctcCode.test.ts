import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../../../src/index.ts';
import { defaultLossState } from '../../store/lossState.ts';
import { ctcCode } from './ctcCode.ts';
import { readModel } from './ctcModel.ts';
import { DEFAULT_LETTERS } from './tensors.ts';

describe('the PyTorch code of the CTC panel', () => {
  const state = defaultLossState('CTCLoss');
  const model = readModel(state, DEFAULT_LETTERS);

  it('writes grid probabilities as short decimals, with the core result printed', () => {
    const params = { ...state.params, reduction: 'sum', zero_infinity: true };
    const result = evaluateLoss('CTCLoss', state.tensors, params);
    const code = ctcCode(model, params, result);
    expect(code).toContain('# classes: 0=ε (blank), 1=a, 2=c, 3=e, 4=o, 5=t');
    expect(code).toContain('    [0.02, 0.02, 0.9, 0.02, 0.02, 0.02],  # t=1');
    expect(code).toContain('log_probs = probs.log().unsqueeze(1)  # (T, N, C) = (8, 1, 6)');
    expect(code).toContain('targets = torch.tensor([[2, 1, 5]])  # "cat"');
    expect(code).toContain("nn.CTCLoss(reduction='sum', zero_infinity=True)");
    expect(code).toContain('print(loss)  # tensor(0.6665)');
  });

  it('writes other log-probabilities out in full', () => {
    const off = { ...model, logProbs: model.logProbs.map((row) => row.map((v) => v + 1e-9)) };
    const code = ctcCode(off, state.params, null);
    expect(code).toContain('log_probs = torch.tensor([');
    expect(code).not.toContain('probs.log()');
    expect(code).toMatch(/print\(loss\)$/);
  });

  it('writes off-grid log-probabilities as literals Python can read', () => {
    const first = model.logProbs[0] ?? [];
    const odd = {
      ...model,
      logProbs: [[-0, -1e21, ...first.slice(2)], ...model.logProbs.slice(1)],
    };
    const code = ctcCode(odd, state.params, null);
    expect(code).toContain('    [[-0., -1e+21, ');
  });
});
