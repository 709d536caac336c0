import { useId, useMemo, useState } from 'react';
import { formatNumber } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { flatten } from '../../panel/nested.ts';
import type { LossState } from '../../store/lossState.ts';
import {
  BROADCAST_CASES,
  caseCall,
  caseOutcome,
  caseShapes,
  type BroadcastCase,
} from './broadcastCases.ts';
import { LossMatrix } from './LossMatrix.tsx';
import { P } from './pitfallStrings.ts';
import { useScrollFocus } from '../../panel/useScrollFocus.ts';

/**
 * The course notes' "n × n matrix", reproduced honestly: the notes' shapes are refused today,
 * a row-shaped target still broadcasts to N × N, and flat tensors give the element-wise loss.
 * Every number comes from the core, for the panel's own example pairs and keywords.
 */
export function BroadcastPitfall({ state }: { state: LossState }) {
  const text = useBilingual();
  const t = useStrings();
  const id = useId();
  const [chosen, setChosen] = useState<BroadcastCase>('notes');
  const [callRef, callScrolls] = useScrollFocus<HTMLPreElement>(chosen);
  const margin = typeof state.params['margin'] === 'number' ? state.params['margin'] : 0;
  const reduction = String(state.params['reduction'] ?? 'mean');
  const { input1 = [], input2 = [], target = [] } = state.tensors;
  const tensors = useMemo(
    () => ({ input1: flatten(input1), input2: flatten(input2), target: flatten(target) }),
    [input1, input2, target],
  );
  const n = tensors.input1.length;
  const outcome = useMemo(
    () => caseOutcome(chosen, tensors, margin, reduction),
    [chosen, tensors, margin, reduction],
  );
  const right = useMemo(
    () => caseOutcome('elementwise', tensors, margin, reduction),
    [tensors, margin, reduction],
  );
  const verdict =
    chosen === 'notes'
      ? text(P.verdictNotes)
      : chosen === 'elementwise'
        ? text(P.verdictRight)
        : reduction === 'none' || !outcome.ok || !right.ok
          ? text(P.verdictMatrixNone)
          : text(
              P.verdictMatrix(
                formatNumber(outcome.reduced),
                formatNumber(right.reduced),
                reduction,
              ),
            );

  return (
    <section className="broadcast-pitfall" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{text(P.title)}</h3>
      <p>{text(P.intro)}</p>
      <fieldset className="case-choice" role="radiogroup" aria-label={text(P.shapes)}>
        {BROADCAST_CASES.map((c) => {
          const shapes = caseShapes(c, n);
          return (
            <label key={c} className={c === chosen ? 'case selected' : 'case'}>
              <input
                type="radio"
                name={`${id}-case`}
                value={c}
                checked={c === chosen}
                onChange={() => setChosen(c)}
              />
              <span className="case-shapes">
                input1, input2 {shapes.inputs} · target {shapes.target}
              </span>
              <span className="case-name">{text(P.caseName[c])}</span>
            </label>
          );
        })}
      </fieldset>
      <pre ref={callRef} className="case-call" tabIndex={callScrolls ? 0 : undefined}>
        <code>{caseCall(chosen)}</code>
      </pre>
      <div className="case-outcome" aria-live="polite" data-testid="broadcast-outcome">
        {!outcome.ok ? (
          <p className="refusal">
            <strong>{text(P.refused)}</strong> <code>{outcome.message}</code>
          </p>
        ) : chosen === 'matrix' ? (
          <LossMatrix values={outcome.perElement as number[][]} labels={tensors.target} />
        ) : (
          <p className="case-vector">
            {text(P.losses)}: [
            {flatten(outcome.perElement)
              .map((v) => formatNumber(v))
              .join(', ')}
            ]
            {reduction !== 'none' && (
              <>
                {' '}
                · {t.result} <code>reduction='{reduction}'</code>: {formatNumber(outcome.reduced)}
              </>
            )}
          </p>
        )}
        <p className="case-verdict">{verdict}</p>
      </div>
    </section>
  );
}
