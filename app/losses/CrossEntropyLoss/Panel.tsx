import { pytorchCode } from '../../code/pytorchCode.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { CodeBlock } from '../../panel/CodeBlock.tsx';
import { classReductionTex } from '../../panel/classReductionTex.ts';
import { Controls } from '../../panel/Controls.tsx';
import { Formula } from '../../panel/Formula.tsx';
import { IgnoreIndexControl } from '../../panel/IgnoreIndexControl.tsx';
import { LossValue } from '../../panel/LossValue.tsx';
import { NanNote } from '../../panel/NanNote.tsx';
import { PanelHeader } from '../../panel/PanelHeader.tsx';
import { reductionTex } from '../../panel/reductionTex.ts';
import { SamplePicker } from '../../panel/SamplePicker.tsx';
import { SampleTensors } from '../../panel/SampleTensors.tsx';
import { StaleFigures } from '../../panel/StaleFigures.tsx';
import { TeachingNotes } from '../../panel/TeachingNotes.tsx';
import { setAt } from '../../panel/nested.ts';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { appStore, useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import { CONTENTS } from '../contents.ts';
import type { PanelProps } from '../types.ts';
import { Decomposition } from './Decomposition.tsx';
import { PROBABILITY_FORMULA, SMOOTHING_FORMULA } from './decompositionTex.ts';
import { crossEntropyCodeOptions } from './probabilityTargets.ts';
import { LogitBars } from './LogitBars.tsx';
import { TargetEditor } from './TargetEditor.tsx';
import { TargetKind } from './TargetKind.tsx';
import { TargetLogitCurve } from './TargetLogitCurve.tsx';
import { toClassTargets, toProbabilityTargets } from './targetMode.ts';
import { useCrossEntropyView } from './useCrossEntropyView.ts';

export default function CrossEntropyLossPanel({ name }: PanelProps) {
  const t = useStrings();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const view = useCrossEntropyView(state);
  const { rows, sample, classes, targetRows, marked, breakdown, position } = view;
  const content = CONTENTS[name];
  const store = appStore.getState();
  const input = state.tensors['input'] ?? [];
  const target = state.tensors['target'] ?? 0;
  const result =
    evaluation.ok && typeof evaluation.reduced.output === 'number'
      ? evaluation.reduced.output
      : null;
  const reductionFormula =
    breakdown &&
    (breakdown.probabilityTargets
      ? reductionTex(
          view.reduction,
          breakdown.positions.map((p) => p.loss),
          result,
        )
      : classReductionTex(view.reduction, breakdown.positions, result));
  const inputGrad = evaluation.ok ? evaluation.perElement.grads['input'] : undefined;
  const gradRow = rows?.batched && Array.isArray(inputGrad) ? inputGrad[sample] : inputGrad;
  const swept = marked ?? 0;
  const currentGrad = Array.isArray(gradRow) ? gradRow[swept] : undefined;
  const showNan =
    view.reduction === 'mean' && result !== null && Number.isNaN(result) && breakdown !== null;

  return (
    <article className="panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && (
            <Formula
              tex={targetRows ? PROBABILITY_FORMULA : content.formula}
              label={`${t.formula}: ${name}`}
            />
          )}
          {!targetRows && (breakdown?.labelSmoothing ?? 0) > 0 && (
            <Formula tex={SMOOTHING_FORMULA} label={`${t.formula}: label_smoothing`} />
          )}
          <TargetKind
            probabilities={targetRows !== null}
            onChange={(probabilities) =>
              store.setTensor(
                name,
                'target',
                probabilities ? toProbabilityTargets(target, classes) : toClassTargets(target),
              )
            }
          />
          <SamplePicker name={name} count={rows?.batched ? view.count : 1} value={sample} />
          <StaleFigures stale={view.stale}>
            {rows && (
              <LogitBars
                rows={rows}
                sample={sample}
                marked={marked}
                targetDistribution={
                  position?.targetProbs ??
                  (marked === null
                    ? null
                    : Array.from({ length: classes }, (_, c) => (c === marked ? 1 : 0)))
                }
                smoothed={(breakdown?.labelSmoothing ?? 0) > 0}
                onLogit={(path, v) => store.setTensor(name, 'input', setAt(input, path, v))}
              />
            )}
            <TargetEditor
              target={target}
              sample={sample}
              classes={classes}
              ignoreIndex={view.ignoreIndex}
              probabilityRows={targetRows}
              classTarget={view.classTarget}
              onChange={(v) => store.setTensor(name, 'target', v)}
            />
            {breakdown && (
              <Decomposition
                breakdown={breakdown}
                sample={sample}
                weights={view.weights}
                ignoreIndex={view.ignoreIndex}
              />
            )}
          </StaleFigures>
          {reductionFormula && !view.stale && (
            <Formula
              tex={reductionFormula}
              label={`reduction='${view.reduction}'`}
              testId="formula-reduction"
            />
          )}
          <LossValue evaluation={evaluation} reduction={view.reduction} />
          {showNan && <NanNote allIgnored={breakdown.positions.every((p) => p.ignored)} />}
          {rows && position && !view.stale && currentGrad !== undefined && (
            <TargetLogitCurve
              logits={rows.rows[sample] ?? []}
              target={targetRows ? [...(targetRows.rows[sample] ?? [])] : (view.classTarget ?? 0)}
              swept={swept}
              params={state.params}
              current={{ loss: position.loss, grad: currentGrad as number }}
            />
          )}
        </div>
        <div className="panel-side">
          <h3>{t.parameters}</h3>
          <Controls name={name} exclude={['ignore_index']} />
          <IgnoreIndexControl name={name} value={view.ignoreIndex} classes={classes} />
          <SampleTensors
            name={name}
            state={state}
            evaluation={evaluation}
            sample={sample}
            markCell={(arg) =>
              arg === 'target' && !targetRows
                ? rows?.batched
                  ? sample
                  : 0
                : marked === null
                  ? undefined
                  : (rows?.batched ? sample * classes : 0) + marked
            }
            classResize={{ args: targetRows ? ['input', 'target'] : ['input'], fill: () => 0 }}
          />
        </div>
      </div>
      <CodeBlock
        code={pytorchCode(
          name,
          state,
          evaluation.ok ? evaluation.reduced : null,
          crossEntropyCodeOptions(state),
        )}
      />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
