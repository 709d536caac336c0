import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { ctcLattice } from '../../../src/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { CodeBlock } from '../../panel/CodeBlock.tsx';
import { Controls } from '../../panel/Controls.tsx';
import { Formula } from '../../panel/Formula.tsx';
import { LossValue } from '../../panel/LossValue.tsx';
import { PanelHeader } from '../../panel/PanelHeader.tsx';
import { TeachingNotes } from '../../panel/TeachingNotes.tsx';
import { unlessRefused } from '../../panel/unlessRefused.ts';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import { CONTENTS } from '../contents.ts';
import type { PanelProps } from '../types.ts';
import { ctcActions } from './actions.ts';
import { Alignments } from './Alignments.tsx';
import { ctcCode } from './ctcCode.ts';
import { readModel } from './ctcModel.ts';
import { Heatmap } from './Heatmap.tsx';
import { Inputs } from './Inputs.tsx';
import { LatticeSection } from './LatticeSection.tsx';
import { LossBreakdown } from './LossBreakdown.tsx';
import { ReductionTable } from './ReductionTable.tsx';
import { useCtcStrings } from './useCtcStrings.ts';
import { useLastGood } from './useLastGood.ts';

/**
 * CTCLoss: a target word, frame probabilities to play with, and the lattice on which the
 * forward–backward algorithm adds up every alignment, animated column by column.
 */
export default function CTCLossPanel({ name }: PanelProps) {
  const t = useStrings();
  const s = useCtcStrings();
  const state = useAppStore((st) => st.losses[name]) ?? defaultLossState(name);
  const letters = useAppStore((st) => st.ctcLetters);
  const model = useMemo(() => readModel(state, letters), [state, letters]);
  const evaluation = useLossEvaluation(name, state);
  const actions = useMemo(() => ctcActions(name), [name]);
  const [seed, setSeed] = useState(1);
  const [sampleIndex, setSampleIndex] = useState<number | null>(null);
  // The lattice (forward–backward, best path, exact alignment count, samples) and the figures
  // drawn from it follow the example one render behind, in a render React may interrupt: moving
  // T or a probability answers in the frame it moved in, the lattice in the next.
  const settledModel = useDeferredValue(model);
  const current = useMemo(
    () =>
      unlessRefused(() =>
        ctcLattice(settledModel.logProbs, settledModel.targets, {
          blank: settledModel.blank,
          samples: 5,
          seed,
        }),
      ),
    [settledModel, seed],
  );
  const lattice = useLastGood(current);
  const content = CONTENTS[name];
  const resample = useCallback(() => {
    setSeed((x) => x + 1);
    setSampleIndex(null);
  }, []);
  const reduction = String(state.params['reduction'] ?? 'mean');
  const sample = lattice?.samples[sampleIndex ?? -1]?.states ?? null;

  return (
    <article className="panel ctc-panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
          <h3>{s.lossTitle}</h3>
          <p className="control-doc">{s.lossNote}</p>
          {lattice && (
            <LossBreakdown
              lattice={lattice}
              evaluation={evaluation}
              reduction={reduction}
              zeroInfinity={state.params['zero_infinity'] === true}
            />
          )}
          <LossValue evaluation={evaluation} reduction={reduction} />
          {!evaluation.ok && (
            <p className="compute-error" role="alert">
              {t.computeError} {evaluation.message}
            </p>
          )}
          <ReductionTable name={name} state={state} onImpossible={() => actions.preset('tooFew')} />
        </div>
        <div className="panel-side">
          <h3>{t.parameters}</h3>
          <Inputs name={name} state={state} model={model} actions={actions} />
          <Controls name={name} exclude={['blank']} />
        </div>
      </div>
      {lattice && <LatticeSection lattice={lattice} model={settledModel} sample={sample} />}
      <div className="panel-grid">
        <Heatmap units={model.units} symbols={model.symbols} onChange={actions.probability} />
        {lattice && (
          <Alignments
            lattice={lattice}
            symbols={settledModel.symbols}
            word={settledModel.word}
            selected={sample ? sampleIndex : null}
            onSelect={setSampleIndex}
            onResample={resample}
          />
        )}
      </div>
      <CodeBlock code={ctcCode(model, state.params, evaluation.ok ? evaluation.reduced : null)} />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
