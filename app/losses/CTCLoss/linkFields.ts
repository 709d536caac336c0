import { defineLinkField, type LinkField } from '../../routing/linkField.ts';
import { DEFAULT_LETTERS } from './tensors.ts';

const isCtc = (loss: string) => loss === 'CTCLoss';

/**
 * The letters of the non-blank classes: without them a link's `targets` would be class numbers
 * only, and "cat" would come back as "abc". Same rule as the saved letters in appStore.
 */
const letters = defineLinkField<string>({
  key: 'ctc.letters',
  appliesTo: isCtc,
  parse: (text) => (/^[a-z]{1,7}$/.test(text) ? text : undefined),
  format: (v) => v,
  read: (s) => s.ctcLetters,
  write: (s, _loss, v) => s.setCtcLetters(v),
  initial: () => DEFAULT_LETTERS,
});

/**
 * The step of the lattice animation, so a lecturer can link to "the backward pass at frame 3".
 * The panel clamps it to the current lattice when it renders.
 */
const step = defineLinkField<number>({
  key: 'ctc.step',
  appliesTo: isCtc,
  parse: (text) => (/^\d{1,4}$/.test(text) ? Number(text) : undefined),
  format: (v) => String(v),
  read: (s) => s.animationStep,
  write: (s, _loss, v) => s.setAnimationStep(v),
  initial: () => 0,
});

export const CTC_LINK_FIELDS: readonly LinkField[] = [letters, step];
