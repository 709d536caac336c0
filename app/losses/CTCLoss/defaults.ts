/**
 * What a student sees first: "cat" in 8 frames, a confident model, blank = 0. Kept apart (and
 * written out) so that the store can start from them without loading the panel's alphabet and
 * preset code; defaults.test.ts checks them against that code.
 */
export const DEFAULT_WORD = 'cat';
export const DEFAULT_FRAMES = 8;
/** `lettersFor(DEFAULT_WORD)`: the word's letters and two distractors, in alphabetical order. */
export const DEFAULT_LETTERS = 'aceot';
