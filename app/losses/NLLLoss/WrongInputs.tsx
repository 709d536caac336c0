import { useMemo } from 'react';
import {
  evaluateLoss,
  logSoftmax,
  LossInputError,
  softmax,
  type NestedNumbers,
} from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { mapRows } from '../../panel/classRows.ts';
import { flatten } from '../../panel/nested.ts';
import type { KeywordValue } from '../types.ts';
import { inputKind } from './inputKind.ts';
import { NLL_TEXT } from './strings.ts';
import { ScrollBox } from '../../panel/ScrollBox.tsx';

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
}

/** The right call next to the two classic mistakes, all on the same scores z = input. */
export function WrongInputs({ input, target, row, params }: WrongInputsProps) {
  const text = useBilingual();
  const alreadyLog = inputKind(row) === 'logProbabilities';
  const values = useMemo(
    () =>
      [mapRows(input, logSoftmax), input, mapRows(input, softmax)].map((x) =>
        nllOf({ input: x, target }, params),
      ),
    [input, target, params],
  );
  const rows = [
    { call: 'log_softmax(z)', verdict: NLL_TEXT.rowLogSoftmax },
    { call: 'z', verdict: alreadyLog ? NLL_TEXT.same : NLL_TEXT.rowRaw },
    { call: 'softmax(z)', verdict: NLL_TEXT.rowSoftmax },
  ];
  return (
    <section className="wrong-inputs" aria-label={text(NLL_TEXT.compareTitle)}>
      <h3>{text(NLL_TEXT.compareTitle)}</h3>
      <ScrollBox>
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
              <tr key={r.call} className={i === 1 ? 'current' : undefined}>
                <td>
                  <code>NLLLoss({r.call})</code>
                </td>
                <td className="value" data-testid={`nll-${r.call}`}>
                  {values[i]}
                </td>
                <td>{text(r.verdict)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
