import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../../src/index.ts';
import { plainError } from './plainError.ts';

/** The message the core gives for a call, so these tests follow the core's wording. */
function messageOf(name: string, inputs: Record<string, unknown>, options = {}): string {
  try {
    evaluateLoss(name, inputs, options);
  } catch (e) {
    if (e instanceof LossInputError) return e.message;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('plainError retells the core refusals of the class losses', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>, RegExp][] = [
    ['NLLLoss', { input: [[0, 0, 0]], target: [5] }, {}, /no class 5 among 3 classes/],
    ['CrossEntropyLoss', { input: [[0, 0]], target: [0.5] }, {}, /0\.5 is not one/],
    [
      'CrossEntropyLoss',
      { input: [[0, 0]], target: [[1, 0]] },
      { ignore_index: 1 },
      /refuses ignore_index=1/,
    ],
    [
      'CrossEntropyLoss',
      {
        input: [
          [0, 0],
          [1, 1],
        ],
        target: [0],
      },
      {},
      /2 samples but .* 1/,
    ],
    ['NLLLoss', { input: [[0, 0, 0]], target: [0] }, { weight: [1, 2] }, /exactly 3 numbers/],
    [
      'CrossEntropyLoss',
      { input: [[0, 0, 0]], target: [[1, 0, 0]] },
      { weight: [1, 2] },
      /exactly 3 numbers/,
    ],
    ['CrossEntropyLoss', { input: [[0, 0]], target: [0] }, { label_smoothing: 1.5 }, /1\.5/],
    ['KLDivLoss', { input: [[0, 0, 0]], target: [[1, 0]] }, {}, /dimension 1 .* 3 .* 2/],
    ['CrossEntropyLoss', { input: [[0, 0, 0]], target: [[1, 0]] }, {}, /shape \[1, 2\]/],
    ['MultiMarginLoss', { input: [[0, 0, 0]], target: [0] }, { p: 3 }, /p = 3 is refused/],
    ['MultiMarginLoss', { input: [[0, 0, 0]], target: [3] }, {}, /0 to 2; 3 is not/],
    [
      'MultiMarginLoss',
      { input: [[0, 0, 0]], target: [2] },
      { weight: [1, 1] },
      /class 2; it has only 2/,
    ],
    [
      'MultiLabelMarginLoss',
      { input: [[0, 0, 0]], target: [[0, -1, 5]] },
      {},
      /0 to 2, or −1 .* 5 is neither/,
    ],
    ['MultiLabelMarginLoss', { input: [[0, 0, 0]], target: [[0, -1]] }, {}, /shape \[1, 2\]/],
    [
      'TripletMarginLoss',
      { anchor: [[0, 0]], positive: [0, 0], negative: [[1, 1]] },
      {},
      /they have 2, 1 and 2/,
    ],
    [
      'TripletMarginWithDistanceLoss',
      { anchor: [0, 0], positive: [0, 1], negative: [1, 1] },
      { distance_function: 'cosine' },
      /anchor and positive need a batch dimension/,
    ],
  ];
  it.each(cases)('%s %j %j', (name, inputs, options, expected) => {
    const plain = plainError(messageOf(name, inputs, options));
    expect(plain?.en).toMatch(expected);
    expect(plain?.zh.length).toBeGreaterThan(10);
  });

  it('returns null for messages it does not know', () => {
    expect(plainError('something else')).toBeNull();
  });
});
