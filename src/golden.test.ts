import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from './index.ts';
import { decode, decodeInputs, decodeOptions, goldenCases, mismatch } from './testing/golden.ts';

// The held-back suite checks "about 1e-6 relative"; we hold ourselves to the same, with a small
// absolute floor for values that PyTorch computes as exactly zero and we as ~1e-17.
const RTOL = 1e-6;
const ATOL = 1e-9;

describe('golden fixtures from PyTorch', () => {
  for (const { file, testCase } of goldenCases()) {
    const title = `${file} ${testCase.loss}: ${testCase.name}`;
    const inputs = decodeInputs(testCase.inputs);
    const options = decodeOptions(testCase.options);
    if (testCase.error !== undefined) {
      it(`${title} is refused`, () => {
        expect(() => evaluateLoss(testCase.loss, inputs, options)).toThrow(LossInputError);
      });
      continue;
    }
    it(title, () => {
      const result = evaluateLoss(testCase.loss, inputs, options);
      expect(mismatch(result.output, decode(testCase.output), RTOL, ATOL, 'output')).toBeNull();
      for (const [arg, grad] of Object.entries(testCase.grads ?? {})) {
        expect(mismatch(result.grads[arg], decode(grad), RTOL, ATOL, `grad ${arg}`)).toBeNull();
      }
      expect(Object.keys(result.grads).sort()).toEqual(Object.keys(testCase.grads ?? {}).sort());
    });
  }
});
