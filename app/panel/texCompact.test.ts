import { describe, expect, it } from 'vitest';
import { texCompact } from './texCompact.ts';

describe('texCompact', () => {
  it.each([
    [1e-8, '10^{-8}'],
    [1e-6, '10^{-6}'],
    [2.5e-7, '2.5\\times 10^{-7}'],
    [0.1, '0.1'],
    [0, '0'],
    [0.123456789, '0.1235'],
  ])('%s → %s', (v, tex) => expect(texCompact(v)).toBe(tex));
});
