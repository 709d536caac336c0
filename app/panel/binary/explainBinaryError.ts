import type { BinaryStrings } from './strings.ts';

/** PyTorch's refusals of BCELoss / BCEWithLogitsLoss input, retold in plain words. */
export function explainBinaryError(message: string, text: BinaryStrings): string | null {
  const range = /should be between 0 and 1, but input(?: at index \[([^\]]*)\])? is (\S+)/.exec(
    message,
  );
  if (range) {
    const where = range[1] === undefined ? 'input' : `input[${range[1]}]`;
    return text.notProbability(where, range[2] ?? '');
  }
  if (/target size/i.test(message)) return text.shapeMismatch;
  const keyword = /^(weight|pos_weight)\b/.exec(message);
  if (keyword) return text.weightShape(keyword[1] ?? 'weight');
  return null;
}
