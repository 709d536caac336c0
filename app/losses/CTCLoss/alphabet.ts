/**
 * The panel's small alphabet: a blank ε plus a handful of lowercase letters, so the heatmap and
 * the lattice stay readable. Class indices follow PyTorch: `blank` is a class index, and the
 * letters fill the other indices in alphabetical order.
 */

/** Longest target we draw: 8 letters make a 17-row lattice. */
export const MAX_TARGET_LENGTH = 8;
/** Most classes, blank included: the heatmap stays eight columns wide. */
export const MAX_CLASSES = 8;
/** Wrong letters a model could confuse with the right ones, tried in this order. */
const DISTRACTORS = 'oeaiuntsrhdm';
/** How many distractors join the target's letters, room permitting. */
const DISTRACTOR_COUNT = 2;
export const BLANK_SYMBOL = 'ε';

export type TargetProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'tooLong'; readonly length: number }
  | { readonly kind: 'badChar'; readonly char: string }
  | { readonly kind: 'tooManyLetters'; readonly count: number };

export type TargetCheck =
  | { readonly ok: true; readonly word: string }
  | { readonly ok: false; readonly problem: TargetProblem };

/** Whether `text` can be a target here: 1 to 8 letters a–z, at most 7 different ones. */
export function checkTarget(text: string): TargetCheck {
  const word = text.trim();
  if (word === '') return { ok: false, problem: { kind: 'empty' } };
  const bad = [...word].find((ch) => !/^[a-z]$/.test(ch));
  if (bad !== undefined) return { ok: false, problem: { kind: 'badChar', char: bad } };
  if (word.length > MAX_TARGET_LENGTH)
    return { ok: false, problem: { kind: 'tooLong', length: word.length } };
  const distinct = new Set(word).size;
  if (distinct > MAX_CLASSES - 1)
    return { ok: false, problem: { kind: 'tooManyLetters', count: distinct } };
  return { ok: true, word };
}

/** The letters for a target: its own letters and up to two distractors, sorted. */
export function lettersFor(word: string): string {
  const own = [...new Set(word)];
  const room = Math.min(DISTRACTOR_COUNT, MAX_CLASSES - 1 - own.length);
  const extra = [...DISTRACTORS].filter((ch) => !own.includes(ch)).slice(0, Math.max(0, room));
  return [...own, ...extra].sort().join('');
}

/** Whether stored letters fit a lattice of `classes` classes (one of them the blank). */
export function lettersFit(letters: string, classes: number): boolean {
  return (
    letters.length === classes - 1 &&
    /^[a-z]*$/.test(letters) &&
    new Set(letters).size === letters.length
  );
}

/**
 * Letters to show for `classes` classes: the stored ones when they fit (they may not, after a
 * link from elsewhere changed the tensors), else the default example's, otherwise a, b, c, …
 */
export function usableLetters(letters: string, classes: number, fallback = ''): string {
  if (lettersFit(letters, classes)) return letters;
  if (lettersFit(fallback, classes)) return fallback;
  return Array.from({ length: Math.max(0, classes - 1) }, (_, i) =>
    String.fromCharCode(97 + (i % 26)),
  ).join('');
}

/** The symbol of every class index: ε at `blank`, the letters in order elsewhere. */
export function classSymbols(letters: string, blank: number): string[] {
  const out = [...letters];
  const at = Math.min(Math.max(0, blank), out.length);
  out.splice(at, 0, BLANK_SYMBOL);
  return out;
}

/** The class indices of a word's letters. */
export function encodeWord(word: string, letters: string, blank: number): number[] {
  const symbols = classSymbols(letters, blank);
  return [...word].map((ch) => symbols.indexOf(ch));
}

/** A target's letters back from its class indices (`?` for an index with no letter). */
export function decodeTargets(targets: readonly number[], letters: string, blank: number): string {
  const symbols = classSymbols(letters, blank);
  return targets.map((k) => symbols[k] ?? '?').join('');
}
