import { useMemo } from 'react';
import { multiMarginTerms } from '../../../src/index.ts';
import { pytorchCode } from '../../code/pytorchCode.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { classRows, classTargetAt, withClassTarget } from '../../panel/classRows.ts';
import { CodeBlock } from '../../panel/CodeBlock.tsx';
import { Controls } from '../../panel/Controls.tsx';
import { SegmentedControl } from '../../panel/controls/SegmentedControl.tsx';
import { Formula } from '../../panel/Formula.tsx';
import { GradientBars } from '../../panel/GradientBars.tsx';
import { setAt } from '../../panel/nested.ts';
import { PanelHeader } from '../../panel/PanelHeader.tsx';
import { ReducedLoss } from '../../panel/ReducedLoss.tsx';
import { SamplePicker } from '../../panel/SamplePicker.tsx';
import { SampleTensors } from '../../panel/SampleTensors.tsx';
import { ScoreBars } from '../../panel/ScoreBars.tsx';
import { StaleFigures } from '../../panel/StaleFigures.tsx';
import { TeachingNotes } from '../../panel/TeachingNotes.tsx';
import { unlessRefused } from '../../panel/unlessRefused.ts';
import { useLastGood } from '../../panel/useLastGood.ts';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { appStore, useAppStore } from '../../store/appStore.ts';
import { defaultLossState, type LossState } from '../../store/lossState.ts';
import { CONTENTS } from '../contents.ts';
import type { PanelProps } from '../types.ts';
import { HingeBars } from './HingeBars.tsx';
import { multiMarginTex } from './mmTex.ts';
import { MM } from './strings.ts';
import { resizeMultiMargin } from './targets.ts';
import { TargetScoreCurve } from './TargetScoreCurve.tsx';

function termsOf(state: LossState) {
  return unlessRefused(() => multiMarginTerms(state.tensors, state.params));
}

/**
 * MultiMarginLoss: the scores of one sample as bars with the margin line under the target,
 * each rival's hinge term, the division by C, the target's weight, and the gradient.
 */
export default function MultiMarginLossPanel({ name }: PanelProps) {
  const t = useStrings();
  const text = useBilingual();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const fresh = useMemo(() => termsOf(state), [state]);
  const { value: terms, stale } = useLastGood(fresh);
  const content = CONTENTS[name];
  const store = appStore.getState();
  const input = state.tensors['input'] ?? [];
  const target = state.tensors['target'] ?? 0;
  const rows = classRows(input);
  const batched = rows?.batched ?? false;
  const count = batched ? (rows?.rows.length ?? 0) : 1;
  const sample = Math.min(state.highlight, Math.max(0, count - 1));
  const s = terms?.samples[Math.min(sample, (terms?.samples.length ?? 1) - 1)];
  const classes = terms?.classes ?? rows?.rows[0]?.length ?? 0;
  const reduction = String(state.params['reduction'] ?? 'mean');
  const p = Number(state.params['p'] ?? 1);
  const margin = Number(state.params['margin'] ?? 1);
  const weighted = Array.isArray(state.params['weight']);
  const gradRows = evaluation.ok ? classRows(evaluation.reduced.grads['input']) : null;
  const grad = gradRows?.rows[sample] ?? [];
  const y = s?.target ?? classTargetAt(target, sample);

  return (
    <article className="panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
          <SamplePicker name={name} count={count} value={sample} />
          <StaleFigures stale={stale}>
            {s && (
              <div className="bar-pair">
                <ScoreBars
                  title={text(MM.scoresTitle(sample))}
                  row={s.scores}
                  batched={batched}
                  sample={sample}
                  marked={[s.target]}
                  onEntry={(path, v) => store.setTensor(name, 'input', setAt(input, path, v))}
                  guides={[
                    {
                      value: s.payAbove,
                      label: text(MM.guide),
                      testId: 'margin-guide',
                    },
                  ]}
                  note={text(MM.scoresNote(formatNumber(s.payAbove)))}
                  testId="score-bars"
                />
                <HingeBars s={s} n={sample} />
              </div>
            )}
            <div className="target-picker">
              <SegmentedControl
                name={typeof target === 'number' ? 'target' : `target[${sample}]`}
                value={y === null ? '' : String(y)}
                choices={Array.from({ length: classes }, (_, c) => String(c))}
                description={text(MM.targetDoc(sample))}
                onChange={(v) =>
                  store.setTensor(name, 'target', withClassTarget(target, sample, Number(v)))
                }
              />
            </div>
            {s && !stale && (
              <Formula
                tex={multiMarginTex(s, sample, margin, p, weighted)}
                label={t.formulaLive}
                testId="formula-live"
              />
            )}
            {s && (
              <ul className="notes-list">
                <li>{text(MM.division(classes))}</li>
                {weighted && <li>{text(MM.weightUsed(s.target, formatNumber(s.weight)))}</li>}
              </ul>
            )}
          </StaleFigures>
          <ReducedLoss evaluation={evaluation} reduction={reduction} />
          {s && !stale && grad.length > 0 && (
            <>
              <GradientBars
                title={text(MM.gradTitle(sample))}
                grad={grad}
                marked={[s.target]}
                testId="grad-bars"
              />
              <TargetScoreCurve
                row={s.scores}
                target={s.target}
                params={state.params}
                loss={s.loss}
                clearAt={s.clearAt}
              />
            </>
          )}
        </div>
        <div className="panel-side">
          <h3>{t.parameters}</h3>
          <SegmentedControl
            name="p"
            value={String(p)}
            choices={['1', '2']}
            description={text(MM.pDoc)}
            onChange={(v) => store.setParam(name, 'p', Number(v))}
          />
          <Controls name={name} exclude={['p']} />
          <SampleTensors
            name={name}
            state={state}
            evaluation={evaluation}
            sample={sample}
            markCell={(arg) =>
              arg === 'target'
                ? batched
                  ? sample
                  : 0
                : y === null
                  ? undefined
                  : (batched ? sample * classes : 0) + y
            }
            classResize={{ args: ['input'], fill: () => 0, resize: resizeMultiMargin }}
          />
        </div>
      </div>
      <CodeBlock code={pytorchCode(name, state, evaluation.ok ? evaluation.reduced : null)} />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
