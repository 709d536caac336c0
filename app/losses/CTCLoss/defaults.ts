import { lettersFor } from './alphabet.ts';

/** What a student sees first: "cat" in 8 frames, a confident model, blank = 0. */
export const DEFAULT_WORD = 'cat';
export const DEFAULT_FRAMES = 8;
export const DEFAULT_LETTERS = lettersFor(DEFAULT_WORD);
