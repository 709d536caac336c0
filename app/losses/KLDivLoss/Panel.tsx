import { pytorchCode } from '../../code/pytorchCode.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { classRows, withRow } from '../../panel/classRows.ts';
import { CodeBlock } from '../../panel/CodeBlock.tsx';
import { Controls } from '../../panel/Controls.tsx';
import { Formula } from '../../panel/Formula.tsx';
import { LossValue } from '../../panel/LossValue.tsx';
import { flatten, shapeOf } from '../../panel/nested.ts';
import { PanelHeader } from '../../panel/PanelHeader.tsx';
import { reductionTex } from '../../panel/reductionTex.ts';
import { SamplePicker } from '../../panel/SamplePicker.tsx';
import { SampleTensors } from '../../panel/SampleTensors.tsx';
import { StaleFigures } from '../../panel/StaleFigures.tsx';
import { TeachingNotes } from '../../panel/TeachingNotes.tsx';
import { useLastGood } from '../../panel/useLastGood.ts';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { DraggableBars } from '../../plot/DraggableBars.tsx';
import { appStore, useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import { CONTENTS } from '../contents.ts';
import type { PanelProps } from '../types.ts';
import { Asymmetry } from './Asymmetry.tsx';
import { DistributionBars } from './DistributionBars.tsx';
import { klReductionTex, LOG_TARGET_FORMULA, rowKlTex } from './klTex.ts';
import { Reductions } from './Reductions.tsx';
import { RowChecks } from './RowChecks.tsx';
import { KL_TEXT } from './strings.ts';
import { useKlNumbers, type KlNumbers } from './useKlNumbers.ts';

function sumOf(numbers: KlNumbers | null): number {
  const sum = numbers?.byReduction.sum;
  return typeof sum === 'number' ? sum : Number.NaN;
}

export default function KLDivLossPanel({ name }: PanelProps) {
  const t = useStrings();
  const text = useBilingual();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const { value: numbers, stale } = useLastGood(useKlNumbers(state));
  const content = CONTENTS[name];
  const store = appStore.getState();
  const input = state.tensors['input'] ?? [];
  const target = state.tensors['target'] ?? [];
  const inputRows = classRows(input);
  const targetRows = classRows(target);
  const count = inputRows?.batched ? inputRows.rows.length : 1;
  const sample = Math.min(state.highlight, count - 1);
  const logTarget = state.params['log_target'] === true;
  const reduction = String(state.params['reduction'] ?? 'mean');
  const inputRow = inputRows?.rows[sample] ?? [];
  const targetRow = targetRows?.rows[sample] ?? [];
  const paired =
    inputRows &&
    targetRows &&
    inputRows.rows.length === targetRows.rows.length &&
    inputRow.length === targetRow.length;
  const terms = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const rowTerms = terms.slice(sample * inputRow.length, (sample + 1) * inputRow.length);
  const result =
    evaluation.ok && typeof evaluation.reduced.output === 'number'
      ? evaluation.reduced.output
      : null;
  const bound = Math.max(0.5, ...rowTerms.map((v) => Math.abs(v)).filter(Number.isFinite));

  return (
    <article className="panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
          {logTarget && (
            <Formula tex={LOG_TARGET_FORMULA} label={`${t.formula}: log_target=True`} />
          )}
          <SamplePicker name={name} count={count} value={sample} />
          {paired && (
            <>
              <RowChecks
                input={input}
                target={target}
                inputRow={inputRow}
                targetRow={targetRow}
                sample={sample}
                logTarget={logTarget}
                onInput={(v) => store.setTensor(name, 'input', v)}
                onTarget={(v) => store.setTensor(name, 'target', v)}
              />
              <DistributionBars
                input={inputRows}
                target={targetRows}
                sample={sample}
                logTarget={logTarget}
                onInputRow={(row) =>
                  store.setTensor(name, 'input', withRow(input, inputRows.batched, sample, row))
                }
                onTargetRow={(row) =>
                  store.setTensor(name, 'target', withRow(target, targetRows.batched, sample, row))
                }
              />
            </>
          )}
          <StaleFigures stale={stale}>
            {paired && rowTerms.length > 0 && (
              <DraggableBars
                title={text(logTarget ? KL_TEXT.termsTitleLog : KL_TEXT.termsTitle)}
                summary={`${text(logTarget ? KL_TEXT.termsTitleLog : KL_TEXT.termsTitle)}: ${rowTerms.map((v) => formatNumber(v)).join(', ')}`}
                values={rowTerms}
                labels={rowTerms.map((_, c) => String(c))}
                domain={[-bound, bound]}
                className="c1"
                height={180}
                testId="term-bars"
              />
            )}
            {paired && numbers && (
              <section className="steps" aria-label={text(KL_TEXT.rowTitle)}>
                <h3>{text(KL_TEXT.rowTitle)}</h3>
                <p>{text(KL_TEXT.rowExplain)}</p>
                <Formula
                  tex={rowKlTex(
                    inputRow,
                    targetRow,
                    logTarget,
                    numbers.perSample[sample] ?? Number.NaN,
                  )}
                  label={t.formulaLive}
                  testId="formula-live"
                />
              </section>
            )}
          </StaleFigures>
          {evaluation.ok && (
            <Formula
              tex={
                reduction === 'none'
                  ? reductionTex(reduction, terms, result)
                  : klReductionTex(
                      reduction,
                      sumOf(numbers),
                      shapeOf(input)[0] ?? 1,
                      terms.length,
                      result ?? Number.NaN,
                    )
              }
              label={`reduction='${reduction}'`}
              testId="formula-reduction"
            />
          )}
          <LossValue evaluation={evaluation} reduction={reduction} />
          {numbers && !stale && <Reductions numbers={numbers} reduction={reduction} />}
          {numbers && !stale && (
            <Asymmetry
              numbers={numbers}
              current={evaluation.ok ? evaluation.reduced.output : null}
              onSwap={(swapped) =>
                store.loadLoss(name, { ...state, tensors: { ...state.tensors, ...swapped } })
              }
            />
          )}
        </div>
        <div className="panel-side">
          <h3>{t.parameters}</h3>
          <Controls name={name} />
          <SampleTensors
            name={name}
            state={state}
            evaluation={evaluation}
            sample={sample}
            elementsPerSample={Math.max(1, inputRow.length)}
          />
        </div>
      </div>
      <CodeBlock code={pytorchCode(name, state, evaluation.ok ? evaluation.reduced : null)} />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
