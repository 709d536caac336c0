import { poissonInputOf, poissonRateOf, type NestedNumbers } from '../../../src/index.ts';
import type { PoissonStrings } from './strings.ts';

export interface InputReadingProps {
  readonly input: NestedNumbers;
  readonly logInput: boolean;
  /** Some per-element loss is NaN (a negative rate under log_input=False). */
  readonly hasNaN: boolean;
  readonly text: PoissonStrings;
  readonly onRewrite: (input: NestedNumbers) => void;
}

/** Four decimals are plenty for an example tensor a student reads and edits. */
const tidy = (v: number) => Number(v.toFixed(4));

function mapNested(v: NestedNumbers, f: (x: number) => number): NestedNumbers {
  return typeof v === 'number' ? f(v) : v.map((c) => mapNested(c, f));
}

function every(v: NestedNumbers, test: (x: number) => boolean): boolean {
  return typeof v === 'number' ? test(v) : v.every((c) => every(c, test));
}

/**
 * Switching log_input changes how PyTorch reads the tensor, not the tensor. This says so, explains
 * a NaN from a negative rate, and offers to rewrite the input so the rates stay the same.
 */
export function InputReading({ input, logInput, hasNaN, text, onRewrite }: InputReadingProps) {
  // Rewriting as log-rates needs every rate positive (a 0 or a negative entry means the tensor
  // already holds log-rates); rewriting as rates always works.
  const possible = logInput ? every(input, (x) => x > 0) : true;
  const rewrite = () =>
    onRewrite(
      mapNested(input, (x) => tidy(logInput ? poissonInputOf(x, true) : poissonRateOf(x, true))),
    );
  return (
    <div className="input-reading">
      {hasNaN && !logInput && (
        <p className="plot-note warning" role="status">
          {text.nanNote}
        </p>
      )}
      <p className="plot-note">{text.readingNote}</p>
      {possible && (
        <button type="button" onClick={rewrite}>
          {logInput ? text.toLogRates : text.toRates}
        </button>
      )}
    </div>
  );
}
