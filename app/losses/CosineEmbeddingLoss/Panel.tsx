import { texNumber } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { pytorchCode } from '../../code/pytorchCode.ts';
import { CodeBlock } from '../../panel/CodeBlock.tsx';
import { Controls } from '../../panel/Controls.tsx';
import { ExampleTensors } from '../../panel/ExampleTensors.tsx';
import { Formula } from '../../panel/Formula.tsx';
import { PanelHeader } from '../../panel/PanelHeader.tsx';
import { ReducedLoss } from '../../panel/ReducedLoss.tsx';
import { TeachingNotes } from '../../panel/TeachingNotes.tsx';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import { CONTENTS } from '../contents.ts';
import type { PanelProps } from '../types.ts';
import { cosinePairs, type CosinePair } from './cosinePairs.ts';
import { PairGeometry } from './PairGeometry.tsx';
import { C } from './strings.ts';

const vec = (v: readonly number[]) => String.raw`(${v.map((x) => texNumber(x)).join(',\\ ')})`;

/** The cosine of one pair, from its numbers. */
function cosineTex(p: CosinePair): string {
  return String.raw`\cos\theta_{${p.n}} = \frac{${vec(p.v1)} \cdot ${vec(p.v2)}}{\|${vec(p.v1)}\|\,\|${vec(p.v2)}\|} = ${texNumber(p.cosine)}`;
}

/** The loss of one pair from its cosine. */
function lossTex(p: CosinePair, margin: number): string {
  if (p.y === 1) return String.raw`\ell_{${p.n}} = 1 - \cos\theta_{${p.n}} = ${texNumber(p.loss)}`;
  if (p.y === -1)
    return String.raw`\ell_{${p.n}} = \max\bigl(0,\; ${texNumber(p.cosine)} - ${texNumber(margin)}\bigr) = ${texNumber(p.loss)}`;
  return String.raw`\ell_{${p.n}} = 0 \quad (y = ${texNumber(p.y)} \ne \pm 1)`;
}

/**
 * CosineEmbeddingLoss: two draggable 2-D vectors with the angle between them, the loss field of
 * x₂'s direction, and the loss against cos θ for both labels.
 */
export default function CosineEmbeddingLossPanel({ name }: PanelProps) {
  const t = useStrings();
  const text = useBilingual();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const content = CONTENTS[name];
  const margin = typeof state.params['margin'] === 'number' ? state.params['margin'] : 0;
  const reduction = String(state.params['reduction'] ?? 'mean');
  const pairs = cosinePairs(state, evaluation);
  const shown = Math.min(state.highlight, Math.max(0, pairs.length - 1));
  const pair = pairs[shown];

  return (
    <article className="panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
          {evaluation.ok && pair && (
            <>
              <Formula
                tex={cosineTex(pair)}
                label={`cos θ: ${t.formulaLive}`}
                testId="formula-cos"
              />
              <Formula tex={lossTex(pair, margin)} label={t.formulaLive} testId="formula-live" />
            </>
          )}
          <ReducedLoss evaluation={evaluation} reduction={reduction} />
          {pair && pair.y !== 1 && pair.y !== -1 && <p className="note">{text(C.otherLabel)}</p>}
        </div>
        <div className="panel-side">
          <h3>{t.parameters}</h3>
          <Controls name={name} />
          <ExampleTensors name={name} state={state} evaluation={evaluation} highlightBy="row" />
        </div>
      </div>
      <PairGeometry name={name} state={state} pairs={pairs} shown={shown} margin={margin} />
      <CodeBlock code={pytorchCode(name, state, evaluation.ok ? evaluation.reduced : null)} />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
