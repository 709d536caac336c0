import { describe, expect, it } from 'vitest';
import { example } from './example.ts';
import { defaultCtcTensors } from './tensors.ts';

describe('the CTC example the shell starts from', () => {
  it('is exactly what the first preset draws', () => {
    expect(example).toEqual(defaultCtcTensors());
  });
});
