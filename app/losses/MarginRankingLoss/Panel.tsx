import { texNumber, texOperand } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { pytorchCode } from '../../code/pytorchCode.ts';
import { CodeBlock } from '../../panel/CodeBlock.tsx';
import { Controls } from '../../panel/Controls.tsx';
import { ExampleTensors } from '../../panel/ExampleTensors.tsx';
import { Formula } from '../../panel/Formula.tsx';
import { flatten } from '../../panel/nested.ts';
import { PanelHeader } from '../../panel/PanelHeader.tsx';
import { ReducedLoss } from '../../panel/ReducedLoss.tsx';
import { TeachingNotes } from '../../panel/TeachingNotes.tsx';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import { CONTENTS } from '../contents.ts';
import type { PanelProps } from '../types.ts';
import { BroadcastPitfall } from './BroadcastPitfall.tsx';
import { RankingPlanes } from './RankingPlanes.tsx';
import { S } from './strings.ts';
import { rankingPairs } from './useRankingPairs.ts';

/**
 * MarginRankingLoss: the loss over the (x₁, x₂) plane for each label, with the example pairs to
 * drag, and the broadcasting accident behind the course notes' "n × n matrix".
 */
export default function MarginRankingLossPanel({ name }: PanelProps) {
  const t = useStrings();
  const text = useBilingual();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const content = CONTENTS[name];
  const margin = typeof state.params['margin'] === 'number' ? state.params['margin'] : 0;
  const reduction = String(state.params['reduction'] ?? 'mean');
  const perLoss = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const { pairs } = rankingPairs(state, evaluation);
  const h = Math.min(state.highlight, Math.max(0, perLoss.length - 1));
  const pair = pairs[h];
  const perGrad = (arg: string) =>
    evaluation.ok ? (flatten(evaluation.perElement.grads[arg] ?? [])[h] ?? Number.NaN) : Number.NaN;

  return (
    <article className="panel margin-panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
          {evaluation.ok && pair && (
            <Formula
              tex={String.raw`\ell_{${h}} = \max\bigl(0,\; -${texOperand(pair.y)} \cdot (${texNumber(pair.x1)} - ${texOperand(pair.x2)}) + ${texOperand(margin)}\bigr) = ${texNumber(pair.loss)}`}
              label={t.formulaLive}
              testId="formula-live"
            />
          )}
          {evaluation.ok && pair && (
            <Formula
              tex={String.raw`\frac{\partial \ell_{${h}}}{\partial x_{1,${h}}} = ${texNumber(perGrad('input1'))}, \qquad \frac{\partial \ell_{${h}}}{\partial x_{2,${h}}} = ${texNumber(perGrad('input2'))}`}
              label={text(S.gradFormula)}
              testId="formula-grad"
            />
          )}
          <ReducedLoss evaluation={evaluation} reduction={reduction} />
        </div>
        <div className="panel-side">
          <h3>{t.parameters}</h3>
          <Controls name={name} />
          <ExampleTensors name={name} state={state} evaluation={evaluation} />
        </div>
      </div>
      <RankingPlanes name={name} state={state} evaluation={evaluation} />
      <BroadcastPitfall state={state} />
      <CodeBlock code={pytorchCode(name, state, evaluation.ok ? evaluation.reduced : null)} />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
