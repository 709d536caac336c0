import { useMemo } from 'react';
import {
  evaluateLoss,
  logOf,
  logSoftmax,
  LossInputError,
  softmax,
  type NestedNumbers,
} from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { mapRows, roundInput } from '../../panel/classRows.ts';
import { flatten } from '../../panel/nested.ts';
import type { KeywordValue } from '../types.ts';
import { inputKind } from './inputKind.ts';
import { NLL_TEXT } from './strings.ts';

function nllOf(
  inputs: Record<string, NestedNumbers>,
  params: Readonly<Record<string, KeywordValue>>,
): string {
  try {
    const out = evaluateLoss('NLLLoss', inputs, params).output;
    return typeof out === 'number'
      ? formatNumber(out)
      : `[${flatten(out)
          .map((v) => formatNumber(v))
          .join(', ')}]`;
  } catch (e) {
    if (e instanceof LossInputError) return '—';
    throw e;
  }
}

export interface WrongInputsProps {
  readonly input: NestedNumbers;
  readonly target: NestedNumbers;
  readonly row: readonly number[];
  readonly params: Readonly<Record<string, KeywordValue>>;
  readonly onFix: (input: NestedNumbers) => void;
}

/**
 * NLLLoss trusts its input to be log-probabilities. This says whether the shown row is, offers
 * the fix, and compares the right call with the two classic mistakes on the same scores.
 */
export function WrongInputs({ input, target, row, params, onFix }: WrongInputsProps) {
  const text = useBilingual();
  const kind = inputKind(row);
  const rows = useMemo(() => {
    const variants: [string, NestedNumbers, string][] = [
      ['log_softmax(z)', mapRows(input, logSoftmax), text(NLL_TEXT.rowLogSoftmax)],
      ['z', input, text(NLL_TEXT.rowRaw)],
      ['softmax(z)', mapRows(input, softmax), text(NLL_TEXT.rowSoftmax)],
    ];
    return variants.map(([label, x, verdict]) => ({
      label,
      verdict,
      value: nllOf({ input: x, target }, params),
    }));
  }, [input, target, params, text]);
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
    <section className="wrong-inputs" aria-label={text(NLL_TEXT.compareTitle)}>
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
      <h3>{text(NLL_TEXT.compareTitle)}</h3>
      <div className="table-scroll">
        <table className="compare" data-testid="wrong-inputs">
          <caption>{text(NLL_TEXT.compareCaption)}</caption>
          <thead>
            <tr>
              <th>{text(NLL_TEXT.youPass)}</th>
              <th>{text(NLL_TEXT.result)}</th>
              <th>{text(NLL_TEXT.verdict)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.label} className={i === 1 ? 'current' : undefined}>
                <td>
                  <code>NLLLoss({r.label})</code>
                </td>
                <td className="value" data-testid={`nll-${r.label}`}>
                  {r.value}
                </td>
                <td>{i === 1 && kind === 'logProbabilities' ? text(NLL_TEXT.same) : r.verdict}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
