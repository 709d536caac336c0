import { useMemo } from 'react';
import { multiLabelSoftMarginTerms } from '../../../src/index.ts';
import { pytorchCode } from '../../code/pytorchCode.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { classRows, withRow } from '../../panel/classRows.ts';
import { CodeBlock } from '../../panel/CodeBlock.tsx';
import { Controls } from '../../panel/Controls.tsx';
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
import { ClassToggles } from '../multilabel/ClassToggles.tsx';
import { hotClasses, indexList, listText, toggleHot } from '../multilabel/labelSet.ts';
import { mixUpLoss } from '../multilabel/mixUp.ts';
import { ML } from '../multilabel/strings.ts';
import { TargetEncodings } from '../multilabel/TargetEncodings.tsx';
import type { PanelProps } from '../types.ts';
import { ClassTermBars } from './ClassTermBars.tsx';
import { LogisticCurves } from './LogisticCurves.tsx';
import { multiLabelSoftMarginTex } from './msTex.ts';
import { MS } from './strings.ts';

/** The per-class terms as configured, and without the weight (the weight's factor shown apart). */
function termsOf(state: LossState) {
  return unlessRefused(() => {
    const weighted = multiLabelSoftMarginTerms(state.tensors, state.params);
    const plain = Array.isArray(state.params['weight'])
      ? multiLabelSoftMarginTerms(state.tensors, { ...state.params, weight: null })
      : weighted;
    return weighted && plain ? { weighted, plain } : null;
  });
}

/**
 * MultiLabelSoftMarginLoss: the logits of one sample as bars, its multi-hot label set toggled
 * by clicking classes (and shown as the index list the other loss takes), one logistic term per
 * class with its weight, and the two curves every class sits on.
 */
export default function MultiLabelSoftMarginLossPanel({ name }: PanelProps) {
  const t = useStrings();
  const text = useBilingual();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const { value: terms, stale } = useLastGood(useMemo(() => termsOf(state), [state]));
  const content = CONTENTS[name];
  const store = appStore.getState();
  const input = state.tensors['input'] ?? [];
  const target = state.tensors['target'] ?? [];
  const rows = classRows(input);
  const count = rows?.batched ? rows.rows.length : 1;
  const sample = Math.min(state.highlight, Math.max(0, count - 1));
  const s = terms?.weighted.samples[sample];
  const plain = terms?.plain.samples[sample];
  const batched = terms?.weighted.batched ?? false;
  const classes = terms?.weighted.classes ?? 0;
  const reduction = String(state.params['reduction'] ?? 'mean');
  const weighted = Array.isArray(state.params['weight']);
  const grad = (evaluation.ok ? classRows(evaluation.reduced.grads['input']) : null)?.rows[sample];
  const hot = s ? hotClasses(s.targets) : [];
  const soft = s ? s.targets.some((y) => y !== 0 && y !== 1) : false;
  const asIndices = indexList(hot, classes);
  const wrong = s && mixUpLoss('MultiLabelSoftMarginLoss', s.logits, asIndices, state.params);

  return (
    <article className="panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
          <SamplePicker name={name} count={count} value={sample} />
          {evaluation.ok && !terms && <p className="note">{text(MS.notSplit)}</p>}
          <StaleFigures stale={stale}>
            {s && (
              <>
                <div className="bar-pair">
                  <ScoreBars
                    title={text(MS.logitsTitle(sample))}
                    row={s.logits}
                    batched={batched}
                    sample={sample}
                    marked={hot}
                    onEntry={(path, v) => store.setTensor(name, 'input', setAt(input, path, v))}
                    testId="score-bars"
                  />
                  <ClassTermBars s={s} n={sample} marked={hot} />
                </div>
                <ClassToggles
                  sample={sample}
                  classes={classes}
                  selected={hot}
                  onToggle={(c) =>
                    store.setTensor(
                      name,
                      'target',
                      withRow(target, batched, sample, toggleHot(s.targets, c)),
                    )
                  }
                />
                {soft && <p className="note">{text(MS.softNote)}</p>}
                <TargetEncodings
                  takes="multihot"
                  indices={asIndices}
                  multiHot={s.targets}
                  classes={hot}
                  mixUp={
                    typeof wrong === 'number'
                      ? text(
                          ML.mixUpSoft(
                            listText(asIndices),
                            formatNumber(wrong),
                            formatNumber(s.loss),
                          ),
                        )
                      : null
                  }
                />
                {!stale && (
                  <Formula
                    tex={multiLabelSoftMarginTex(
                      s,
                      weighted ? (plain?.terms ?? null) : null,
                      sample,
                    )}
                    label={t.formulaLive}
                    testId="formula-live"
                  />
                )}
                <ul className="notes-list">
                  <li>{text(MS.division(classes))}</li>
                </ul>
              </>
            )}
          </StaleFigures>
          <ReducedLoss evaluation={evaluation} reduction={reduction} />
          {s && plain && grad && !stale && (
            <>
              <GradientBars
                title={text(ML.gradTitle(sample))}
                grad={grad}
                marked={hot}
                testId="grad-bars"
              />
              <LogisticCurves s={plain} />
            </>
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
            classResize={{ args: ['input', 'target'], fill: () => 0 }}
          />
        </div>
      </div>
      <CodeBlock code={pytorchCode(name, state, evaluation.ok ? evaluation.reduced : null)} />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
