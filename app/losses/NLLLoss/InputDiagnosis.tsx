import { logOf, logSoftmax, type NestedNumbers } from '../../../src/index.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { mapRows, roundInput } from '../../panel/classRows.ts';
import { inputKind } from './inputKind.ts';
import { NLL_TEXT } from './strings.ts';

export interface InputDiagnosisProps {
  readonly input: NestedNumbers;
  /** The shown sample's row, which the diagnosis reads. */
  readonly row: readonly number[];
  readonly onFix: (input: NestedNumbers) => void;
}

/**
 * NLLLoss trusts its input to be log-probabilities and never checks. This says whether the shown
 * row is, and offers the conversion that makes it so: log_softmax for raw scores, log for
 * probabilities.
 */
export function InputDiagnosis({ input, row, onFix }: InputDiagnosisProps) {
  const text = useBilingual();
  const kind = inputKind(row);
  const fix =
    kind === 'scores'
      ? {
          label: NLL_TEXT.fixLogSoftmax,
          apply: () => mapRows(input, (r) => logSoftmax(r).map(roundInput)),
        }
      : kind === 'probabilities'
        ? {
            label: NLL_TEXT.fixLog,
            apply: () => mapRows(input, (r) => (logOf(r) as number[]).map(roundInput)),
          }
        : null;
  return (
    <p
      className={kind === 'logProbabilities' ? 'note' : 'note warning'}
      role="note"
      data-testid="input-kind"
    >
      {text(NLL_TEXT.kind[kind])}{' '}
      {fix && (
        <button type="button" onClick={() => onFix(fix.apply())}>
          {text(fix.label)}
        </button>
      )}
    </p>
  );
}
