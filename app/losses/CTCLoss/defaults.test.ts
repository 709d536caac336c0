import { describe, expect, it } from 'vitest';
import { lettersFor } from './alphabet.ts';
import { DEFAULT_LETTERS, DEFAULT_WORD } from './defaults.ts';

describe('the CTC defaults the store starts from', () => {
  it('are the letters the alphabet gives the default word', () => {
    expect(DEFAULT_LETTERS).toBe(lettersFor(DEFAULT_WORD));
  });
});
