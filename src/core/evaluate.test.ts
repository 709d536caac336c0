import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../index.ts';

describe('evaluateLoss on what plain JS may pass', () => {
  it('refuses something other than an object of arguments or of keywords', () => {
    for (const bad of [null, [], 'input', 42]) {
      expect(() => evaluateLoss('L1Loss', bad as never)).toThrow(LossInputError);
      expect(() => evaluateLoss('L1Loss', { input: [1], target: [1] }, bad as never)).toThrow(
        /L1Loss.__init__\(\) takes its keyword arguments as an object/,
      );
    }
    expect(() => evaluateLoss('L1Loss', null as never)).toThrow(
      /L1Loss.forward\(\) takes its arguments as an object.*got null/,
    );
  });

  it('names both arguments when their shapes do not broadcast', () => {
    expect(() => evaluateLoss('MSELoss', { input: [[1, 2]], target: [1, 2, 3] })).toThrow(
      /size of tensor a \(2\) must match the size of tensor b \(3\).*input and target/,
    );
  });
});
