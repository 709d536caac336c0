import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../../../src/index.ts';
import { explainBinaryError } from './explainBinaryError.ts';
import { BINARY_STRINGS } from './strings.ts';

function refusal(name: string, inputs: object, options: object = {}): string {
  try {
    evaluateLoss(name, inputs as Record<string, unknown>, options as Record<string, unknown>);
  } catch (e) {
    if (e instanceof LossInputError) return e.message;
  }
  throw new Error('expected a refusal');
}

describe('explainBinaryError', () => {
  for (const lang of ['en', 'zh'] as const) {
    const text = BINARY_STRINGS[lang];
    it(`names the probability that is out of range (${lang})`, () => {
      const m = refusal('BCELoss', { input: [0.2, 1.5], target: [0, 1] });
      expect(explainBinaryError(m, text)).toContain('input[1] = 1.5');
    });

    it(`explains shape and weight refusals (${lang})`, () => {
      const shape = refusal('BCEWithLogitsLoss', { input: [1, 2], target: [1] });
      expect(explainBinaryError(shape, text)).toBe(text.shapeMismatch);
      const weight = refusal(
        'BCELoss',
        { input: [0.5, 0.5], target: [0, 1] },
        { weight: [1, 2, 3] },
      );
      expect(explainBinaryError(weight, text)).toBe(text.weightShape('weight'));
      const pos = refusal(
        'BCEWithLogitsLoss',
        { input: [0.5, 0.5], target: [0, 1] },
        { pos_weight: [1, 2, 3] },
      );
      expect(explainBinaryError(pos, text)).toBe(text.weightShape('pos_weight'));
    });
  }

  it('adds nothing to a message it does not know', () => {
    expect(explainBinaryError('something else', BINARY_STRINGS.en)).toBeNull();
  });
});
