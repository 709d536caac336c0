import {
  expOf,
  logOf,
  logSoftmax,
  probabilityRow,
  type NestedNumbers,
} from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { mapRows, roundInput } from '../../panel/classRows.ts';
import { KL_TEXT } from './strings.ts';

/** Sums this close to 1 count as 1: dragged values are stored to 4 decimals. */
const TOLERANCE = 2e-3;

const isOne = (sum: number) => Math.abs(sum - 1) <= TOLERANCE;

function roundAll(v: NestedNumbers): NestedNumbers {
  return typeof v === 'number' ? roundInput(v) : v.map(roundAll);
}

export interface RowChecksProps {
  readonly input: NestedNumbers;
  readonly target: NestedNumbers;
  readonly inputRow: readonly number[];
  readonly targetRow: readonly number[];
  readonly sample: number;
  readonly logTarget: boolean;
  readonly onInput: (v: NestedNumbers) => void;
  readonly onTarget: (v: NestedNumbers) => void;
}

/**
 * KLDivLoss checks neither argument. This says when the shown sample's input is not
 * log-probabilities or its target not a distribution in the form log_target announces, and offers
 * the conversion that fixes it.
 */
export function RowChecks(props: RowChecksProps) {
  const text = useBilingual();
  const { inputRow, targetRow, sample, logTarget } = props;
  const inputSum = probabilityRow(inputRow, true).sum;
  const targetSum = probabilityRow(targetRow, logTarget).sum;
  // The other reading of the target: is it a distribution the other way round?
  const otherReading = probabilityRow(targetRow, !logTarget).sum;
  const canConvert = isOne(otherReading) && targetRow.every((v) => (logTarget ? v > 0 : true));
  return (
    <>
      {!isOne(targetSum) && (
        <p className="note warning" role="note" data-testid="target-check">
          {text(KL_TEXT.targetNotDistribution(sample, formatNumber(targetSum)))}{' '}
          {canConvert && (
            <button
              type="button"
              onClick={() =>
                props.onTarget(roundAll(logTarget ? logOf(props.target) : expOf(props.target)))
              }
            >
              {text(logTarget ? KL_TEXT.convertToLog : KL_TEXT.convertToProbs)}
            </button>
          )}
        </p>
      )}
      {!isOne(inputSum) && (
        <p className="note warning" role="note" data-testid="input-check">
          {text(KL_TEXT.inputNotLog(sample, formatNumber(inputSum)))}{' '}
          <button
            type="button"
            onClick={() =>
              props.onInput(mapRows(props.input, (r) => logSoftmax(r).map(roundInput)))
            }
          >
            {text(KL_TEXT.applyLogSoftmax)}
          </button>
        </p>
      )}
    </>
  );
}
