/**
 * Thrown for any input PyTorch itself would refuse. The message names the argument and the
 * problem in PyTorch's terms, so the UI can show it as-is and tests can match it.
 */
export class LossInputError extends Error {
  override readonly name = 'LossInputError';
}
