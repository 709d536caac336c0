import { useMemo } from 'react';
import { multiLabelMarginPairs } from '../../../src/index.ts';
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
import {
  listedClasses,
  listText,
  multiHot,
  resizeLabelLists,
  toggleListed,
} from '../multilabel/labelSet.ts';
import { mixUpLoss } from '../multilabel/mixUp.ts';
import { ML } from '../multilabel/strings.ts';
import { TargetEncodings } from '../multilabel/TargetEncodings.tsx';
import type { PanelProps } from '../types.ts';
import { multiLabelMarginTex } from './mlmTex.ts';
import { PairMatrix } from './PairMatrix.tsx';
import { MLM, sub } from './strings.ts';

function pairsOf(state: LossState) {
  return unlessRefused(() => multiLabelMarginPairs(state.tensors));
}

/**
 * MultiLabelMarginLoss: the scores of one sample as bars, its label set edited by clicking
 * classes and written both ways (−1-padded indices and multi-hot), and the hinge of every
 * (target, non-target) pair.
 */
export default function MultiLabelMarginLossPanel({ name }: PanelProps) {
  const t = useStrings();
  const text = useBilingual();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const { value: pairs, stale } = useLastGood(useMemo(() => pairsOf(state), [state]));
  const content = CONTENTS[name];
  const store = appStore.getState();
  const input = state.tensors['input'] ?? [];
  const target = state.tensors['target'] ?? [];
  const count = pairs?.samples.length ?? 1;
  const sample = Math.min(state.highlight, Math.max(0, count - 1));
  const s = pairs?.samples[sample];
  const batched = pairs?.batched ?? false;
  const classes = pairs?.classes ?? 0;
  const reduction = String(state.params['reduction'] ?? 'mean');
  const grad = (evaluation.ok ? classRows(evaluation.reduced.grads['input']) : null)?.rows[sample];
  const targetRow = classRows(target)?.rows[sample] ?? [];
  const listed = s ? [...new Set(s.listed)] : [];
  const hot = multiHot(listed, classes);
  const wrong = s && mixUpLoss('MultiLabelMarginLoss', s.scores, hot, state.params);

  return (
    <article className="panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
          <SamplePicker name={name} count={count} value={sample} />
          <StaleFigures stale={stale}>
            {s && (
              <>
                <ScoreBars
                  title={text(MLM.scoresTitle(sample))}
                  row={s.scores}
                  batched={batched}
                  sample={sample}
                  marked={listed}
                  onEntry={(path, v) => store.setTensor(name, 'input', setAt(input, path, v))}
                  guides={[{ value: s.payAbove, label: text(MLM.guide), testId: 'pay-guide' }]}
                  note={text(MLM.scoresNote(formatNumber(s.payAbove)))}
                  testId="score-bars"
                />
                <ClassToggles
                  sample={sample}
                  classes={classes}
                  selected={listed}
                  badge={(c) => `y${sub(s.listed.indexOf(c))}`}
                  onToggle={(c) =>
                    store.setTensor(
                      name,
                      'target',
                      withRow(target, batched, sample, toggleListed(targetRow, c)),
                    )
                  }
                />
                <TargetEncodings
                  takes="indices"
                  indices={s.target}
                  multiHot={hot}
                  classes={listedClasses(s.target)}
                  mixUp={
                    typeof wrong === 'number'
                      ? text(
                          ML.mixUpMargin(
                            listText(hot),
                            listText(listedClasses(hot)),
                            formatNumber(wrong),
                            formatNumber(s.loss),
                          ),
                        )
                      : null
                  }
                />
                <PairMatrix s={s} />
                {!stale && (
                  <Formula
                    tex={multiLabelMarginTex(s, sample)}
                    label={t.formulaLive}
                    testId="formula-live"
                  />
                )}
                <ul className="notes-list">
                  <li>{text(MLM.division(classes))}</li>
                </ul>
              </>
            )}
          </StaleFigures>
          <ReducedLoss evaluation={evaluation} reduction={reduction} />
          {s && grad && !stale && (
            <GradientBars
              title={text(ML.gradTitle(sample))}
              grad={grad}
              marked={listed}
              testId="grad-bars"
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
            classResize={{ args: ['input', 'target'], fill: () => 0, resize: resizeLabelLists }}
          />
        </div>
      </div>
      <CodeBlock code={pytorchCode(name, state, evaluation.ok ? evaluation.reduced : null)} />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
