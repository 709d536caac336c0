import { describe, expect, it } from 'vitest';
import { decode } from '../../src/testing/golden.ts';
import cases from './__fixtures__/torchRepr.json';
import { pyFixed, torchRepr } from './torchRepr.ts';

describe('torchRepr matches how PyTorch prints (scripts/golden/torch_repr.py)', () => {
  it.each(cases.map((c) => [c.repr, c.value] as const))('%s', (repr, value) => {
    expect(torchRepr(decode(value))).toBe(repr);
  });
});

describe('pyFixed rounds like Python', () => {
  it('rounds exact ties to even, as Python does and JS toFixed does not', () => {
    expect(pyFixed(1.03125, 4)).toBe('1.0312');
    expect(pyFixed(1.03135, 4)).toBe((1.03135).toFixed(4));
    expect(pyFixed(0.125, 2)).toBe('0.12');
    expect(pyFixed(0.375, 2)).toBe('0.38');
  });
  it('writes every digit of values from 1e21 on, where toFixed switches to an exponent', () => {
    expect(pyFixed(1e22, 0)).toBe('10000000000000000000000');
    expect(pyFixed(-9e24, 2)).toBe('-9000000000000000385875968.00');
  });
  it('keeps the sign of negative zero', () => {
    expect(pyFixed(-0, 4)).toBe('-0.0000');
    expect(pyFixed(-0.00001, 4)).toBe('-0.0000');
  });
});
