import type { Inputs } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { formatShape, type Tensor } from '../core/tensor.ts';
import { isEmptyCtcBatch } from './emptyBatch.ts';

/** CTCLoss's four forward() arguments, checked and laid out per sequence. */
export interface CtcBatch {
  /** False for an unbatched (T, C) input, whose 'none' output is 0-d. */
  readonly batched: boolean;
  readonly frames: number;
  readonly batchSize: number;
  readonly numClasses: number;
  /** log_probs as (T, N, C) row-major (an unbatched input is the same data with N = 1). */
  readonly logProbs: Tensor;
  readonly targets: Float64Array;
  /** Where sequence b's labels start in `targets` (both layouts store a sequence contiguously). */
  readonly targetOffsets: Int32Array;
  readonly inputLengths: Int32Array;
  readonly targetLengths: Int32Array;
}

function lengthsOf(t: Tensor, name: string, batchSize: number): Int32Array {
  // PyTorch reads a lengths tensor of any shape as its numel() values.
  if (t.data.length !== batchSize) {
    throw new LossInputError(
      `${name} must be of size batch_size: it has ${t.data.length} entries (shape ${formatShape(t.shape)}) for a batch of N = ${batchSize}`,
    );
  }
  t.data.forEach((v, b) => {
    // PyTorch 1.13 does not check this and reads outside its buffers; later releases refuse it.
    if (v < 0)
      throw new LossInputError(`${name}[${b}] = ${v} is negative; lengths count frames or labels`);
    // Far beyond any tensor we can hold; refused here so the Int32 copy below cannot wrap.
    if (v > 2 ** 31 - 1) throw new LossInputError(`${name}[${b}] = ${v} is too large`);
  });
  return Int32Array.from(t.data);
}

/**
 * Reads and validates log_probs, targets, input_lengths and target_lengths the way
 * torch.nn.CTCLoss does, refusing clearly where PyTorch 1.13 would read out of bounds.
 */
export function readCtcBatch(inputs: Inputs, blank: number): CtcBatch {
  const logProbs = inputs.get('log_probs');
  const rank = logProbs.shape.length;
  if (rank !== 2 && rank !== 3) {
    throw new LossInputError(
      `log_probs must be 3-D (T, N, C), or 2-D (T, C) for one unbatched sequence; got shape ${formatShape(logProbs.shape)}`,
    );
  }
  // (T, 0, C) arrives as (T, 0); C is then unknown, and any blank >= 0 could be in range.
  const empty = isEmptyCtcBatch(inputs);
  const batched = rank === 3 || empty;
  const frames = logProbs.shape[0] ?? 0;
  const batchSize = batched ? (logProbs.shape[1] ?? 0) : 1;
  const numClasses = empty ? Math.max(blank + 1, 0) : (logProbs.shape[rank - 1] ?? 0);
  const targets = inputs.get('targets');
  if (targets.shape.length !== 1 && targets.shape.length !== 2) {
    throw new LossInputError(
      `targets must be 2-D (N, S) padded or 1-D (sum(target_lengths)) concatenated; got shape ${formatShape(targets.shape)}`,
    );
  }
  if (!(blank >= 0 && blank < numClasses)) {
    throw new LossInputError(
      `blank must be in label range: blank = ${blank} but log_probs has C = ${numClasses} classes`,
    );
  }
  const inputLengths = lengthsOf(inputs.get('input_lengths'), 'input_lengths', batchSize);
  const targetLengths = lengthsOf(inputs.get('target_lengths'), 'target_lengths', batchSize);
  const offsets = targetOffsets(targets, targetLengths, batchSize);
  inputLengths.forEach((length, b) => {
    if (length > frames) {
      throw new LossInputError(
        `input_lengths[${b}] = ${length} exceeds the number of frames T = ${frames} in log_probs`,
      );
    }
    if (length === 0) {
      throw new LossInputError(
        `input_lengths[${b}] = 0: PyTorch 1.13 reads outside its lattice for an empty sequence, so the loss is undefined; give every sequence at least one frame`,
      );
    }
  });
  checkLabels(targets.data, offsets, targetLengths, numClasses);
  return {
    batched,
    frames,
    batchSize,
    numClasses,
    logProbs: { shape: [frames, batchSize, numClasses], data: logProbs.data },
    targets: targets.data,
    targetOffsets: offsets,
    inputLengths,
    targetLengths,
  };
}

function targetOffsets(targets: Tensor, targetLengths: Int32Array, batchSize: number): Int32Array {
  const offsets = new Int32Array(batchSize);
  if (targets.shape.length === 1) {
    // Concatenated: the sequences follow one another, and must use up the tensor exactly.
    let pos = 0;
    targetLengths.forEach((length, b) => {
      offsets[b] = pos;
      pos += length;
    });
    const size = targets.shape[0] ?? 0;
    if (pos !== size) {
      throw new LossInputError(
        `targets is 1-D (concatenated) with ${size} labels, but target_lengths sum to ${pos}; they must match`,
      );
    }
    return offsets;
  }
  const [rows = 0, width = 0] = targets.shape;
  if (rows !== batchSize) {
    throw new LossInputError(
      `targets has ${rows} rows but log_probs holds N = ${batchSize} sequences (padded targets are (N, S))`,
    );
  }
  targetLengths.forEach((length, b) => {
    offsets[b] = b * width;
    if (length > width) {
      throw new LossInputError(
        `target_lengths[${b}] = ${length} is longer than the padded targets (S = ${width})`,
      );
    }
  });
  return offsets;
}

/** Only the first target_lengths[b] labels of a row are read; padding may hold anything. */
function checkLabels(
  data: Float64Array,
  offsets: Int32Array,
  targetLengths: Int32Array,
  numClasses: number,
): void {
  targetLengths.forEach((length, b) => {
    for (let i = 0; i < length; i++) {
      const label = data[(offsets[b] ?? 0) + i] ?? 0;
      if (label < 0 || label >= numClasses) {
        // PyTorch does not check and reads memory outside log_probs.
        throw new LossInputError(
          `target ${label} (sequence ${b}, position ${i}) is out of bounds for C = ${numClasses} classes`,
        );
      }
    }
  });
}
