import { describe, expect, it } from 'vitest';
import {
  checkTarget,
  classSymbols,
  decodeTargets,
  encodeWord,
  lettersFor,
  usableLetters,
} from './alphabet.ts';

describe('target words', () => {
  it('accepts short lowercase words, repeats included', () => {
    expect(checkTarget('hello')).toEqual({ ok: true, word: 'hello' });
    expect(checkTarget(' cat ')).toEqual({ ok: true, word: 'cat' });
  });
  it.each([
    ['', { kind: 'empty' }],
    ['Cat', { kind: 'badChar', char: 'C' }],
    ['a b', { kind: 'badChar', char: ' ' }],
    ['abcdefghi', { kind: 'tooLong', length: 9 }],
    ['abcdefgh', { kind: 'tooManyLetters', count: 8 }],
  ])('refuses %j', (text, problem) => {
    expect(checkTarget(text)).toEqual({ ok: false, problem });
  });
});

describe('letters and class indices', () => {
  it('adds two distractors and sorts', () => {
    expect(lettersFor('cat')).toBe('aceot');
    expect(lettersFor('hello')).toBe('aehilo');
    expect(lettersFor('abcdefg')).toBe('abcdefg');
    expect(lettersFor('abcdef')).toBe('abcdefo');
  });
  it('puts ε at the blank index and the letters around it', () => {
    expect(classSymbols('aceot', 0)).toEqual(['ε', 'a', 'c', 'e', 'o', 't']);
    expect(classSymbols('aceot', 2)).toEqual(['a', 'c', 'ε', 'e', 'o', 't']);
    expect(classSymbols('aceot', 5)).toEqual(['a', 'c', 'e', 'o', 't', 'ε']);
  });
  it('round-trips a word through class indices for every blank position', () => {
    for (let blank = 0; blank <= 6; blank++) {
      const targets = encodeWord('hello', 'aehilo', blank);
      expect(targets).not.toContain(blank);
      expect(decodeTargets(targets, 'aehilo', blank)).toBe('hello');
    }
  });
  it('falls back to a, b, c… when stored letters do not fit the tensors', () => {
    expect(usableLetters('aceot', 6)).toBe('aceot');
    expect(usableLetters('aceot', 4)).toBe('abc');
    expect(usableLetters('aab', 4)).toBe('abc');
    expect(usableLetters('aehilo', 6, 'aceot')).toBe('aceot');
  });
});
