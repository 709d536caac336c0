import { describe, expect, it } from 'vitest';
import { pytorchCode } from './pytorchCode.ts';

const state = {
  params: { distance_function: 'cosine', margin: 0.2, swap: false, reduction: 'mean' },
  tensors: { anchor: [[1, 0]], positive: [[1, 1]], negative: [[0, 1]] },
  highlight: 0,
};

describe('pytorchCode', () => {
  it('spells a keyword through its source function and adds the imports it needs', () => {
    const code = pytorchCode('TripletMarginWithDistanceLoss', state, null, {
      keywordSource: { distance_function: (v) => (v === 'cosine' ? 'my_cosine' : 'None') },
      imports: ['import torch.nn.functional as F'],
    });
    expect(code).toContain(
      'loss_fn = nn.TripletMarginWithDistanceLoss(distance_function=my_cosine, margin=0.2)',
    );
    expect(code.split('\n').slice(0, 3)).toEqual([
      'import torch',
      'import torch.nn as nn',
      'import torch.nn.functional as F',
    ]);
  });

  it('writes plain literals and no extra imports by default', () => {
    const code = pytorchCode('TripletMarginWithDistanceLoss', state, null);
    expect(code).toContain("distance_function='cosine'");
    expect(code).not.toContain('functional');
  });
});
