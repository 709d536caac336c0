import { pytorchCode } from '../../code/pytorchCode.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { classReductionTex } from '../../panel/classReductionTex.ts';
import { classRows, classTargetAt } from '../../panel/classRows.ts';
import { ClassTargetPicker } from '../../panel/ClassTargetPicker.tsx';
import { CodeBlock } from '../../panel/CodeBlock.tsx';
import { Controls } from '../../panel/Controls.tsx';
import { Formula } from '../../panel/Formula.tsx';
import { IgnoreIndexControl } from '../../panel/IgnoreIndexControl.tsx';
import { LossValue } from '../../panel/LossValue.tsx';
import { NanNote } from '../../panel/NanNote.tsx';
import { setAt } from '../../panel/nested.ts';
import { PanelHeader } from '../../panel/PanelHeader.tsx';
import { SamplePicker } from '../../panel/SamplePicker.tsx';
import { SampleTensors } from '../../panel/SampleTensors.tsx';
import { StaleFigures } from '../../panel/StaleFigures.tsx';
import { TeachingNotes } from '../../panel/TeachingNotes.tsx';
import { useClassBreakdown } from '../../panel/useClassBreakdown.ts';
import { useLastGood } from '../../panel/useLastGood.ts';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { WeightedMeanTable } from '../../panel/WeightedMeanTable.tsx';
import { appStore, useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import { CONTENTS } from '../contents.ts';
import type { PanelProps } from '../types.ts';
import { InputBars } from './InputBars.tsx';
import { InputDiagnosis } from './InputDiagnosis.tsx';
import { NllCurve } from './NllCurve.tsx';
import { nllStepTex } from './nllTex.ts';
import { NLL_TEXT } from './strings.ts';
import { WrongInputs } from './WrongInputs.tsx';

export default function NLLLossPanel({ name }: PanelProps) {
  const t = useStrings();
  const text = useBilingual();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const { value: breakdown, stale } = useLastGood(useClassBreakdown('NLLLoss', state));
  const content = CONTENTS[name];
  const store = appStore.getState();
  const input = state.tensors['input'] ?? [];
  const target = state.tensors['target'] ?? 0;
  const rows = classRows(input);
  const classes = rows?.rows[0]?.length ?? 0;
  const count = rows?.batched ? rows.rows.length : 1;
  const sample = Math.min(state.highlight, count - 1);
  const row = rows?.rows[sample] ?? [];
  const classTarget = classTargetAt(target, sample);
  const marked =
    classTarget !== null && classTarget >= 0 && classTarget < classes ? classTarget : null;
  const ignoreIndex = Number(state.params['ignore_index'] ?? -100);
  const reduction = String(state.params['reduction'] ?? 'mean');
  const weighted = Array.isArray(state.params['weight']);
  const position = breakdown?.positions[sample] ?? null;
  const result =
    evaluation.ok && typeof evaluation.reduced.output === 'number'
      ? evaluation.reduced.output
      : null;
  const showNan = reduction === 'mean' && result !== null && Number.isNaN(result) && breakdown;

  return (
    <article className="panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
          <SamplePicker name={name} count={count} value={sample} />
          <StaleFigures stale={stale}>
            {rows && (
              <InputBars
                rows={rows}
                sample={sample}
                marked={marked}
                onEntry={(path, v) => store.setTensor(name, 'input', setAt(input, path, v))}
              />
            )}
            {rows && (
              <InputDiagnosis
                input={input}
                row={row}
                onFix={(v) => store.setTensor(name, 'input', v)}
              />
            )}
            <ClassTargetPicker
              target={target}
              sample={sample}
              classes={classes}
              ignoreIndex={ignoreIndex}
              value={classTarget}
              onChange={(v) => store.setTensor(name, 'target', v)}
            />
            {position && (
              <section className="steps" aria-label={text(NLL_TEXT.stepTitle)}>
                <h3>{text(NLL_TEXT.stepTitle)}</h3>
                <p>{text(position.ignored ? NLL_TEXT.stepIgnored : NLL_TEXT.stepClass)}</p>
                <Formula
                  tex={nllStepTex(position, weighted, ignoreIndex)}
                  label={t.formulaLive}
                  testId="formula-live"
                />
              </section>
            )}
          </StaleFigures>
          {breakdown && !stale && (
            <Formula
              tex={classReductionTex(reduction, breakdown.positions, result)}
              label={`reduction='${reduction}'`}
              testId="formula-reduction"
            />
          )}
          <LossValue evaluation={evaluation} reduction={reduction} />
          {showNan && <NanNote allIgnored={breakdown.positions.every((p) => p.ignored)} />}
          {breakdown && !stale && (
            <WeightedMeanTable
              breakdown={breakdown}
              sample={sample}
              pickedLabel="input[n, yₙ]"
              mean={reduction === 'mean' ? result : null}
            />
          )}
          {rows && <WrongInputs input={input} target={target} row={row} params={state.params} />}
          {position && marked !== null && !stale && (
            <NllCurve row={row} target={marked} params={state.params} current={position.loss} />
          )}
        </div>
        <div className="panel-side">
          <h3>{t.parameters}</h3>
          <Controls name={name} exclude={['ignore_index']} />
          <IgnoreIndexControl name={name} value={ignoreIndex} classes={classes} />
          <SampleTensors
            name={name}
            state={state}
            evaluation={evaluation}
            sample={sample}
            markCell={(arg) =>
              arg === 'target'
                ? rows?.batched
                  ? sample
                  : 0
                : marked === null
                  ? undefined
                  : (rows?.batched ? sample * classes : 0) + marked
            }
            classResize={{ args: ['input'], fill: () => -3 }}
          />
        </div>
      </div>
      <CodeBlock code={pytorchCode(name, state, evaluation.ok ? evaluation.reduced : null)} />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
