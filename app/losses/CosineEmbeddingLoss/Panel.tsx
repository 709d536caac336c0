import { texNumber } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { Formula } from '../../panel/Formula.tsx';
import { PanelFrame } from '../../panel/PanelFrame.tsx';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
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
  const margin = typeof state.params['margin'] === 'number' ? state.params['margin'] : 0;
  const pairs = cosinePairs(state, evaluation);
  const shown = Math.min(state.highlight, Math.max(0, pairs.length - 1));
  const pair = pairs[shown];
  // The shown pair's cosine and loss are written out only for numbers PyTorch accepted.
  const live = evaluation.ok && pair ? pair : null;

  return (
    <PanelFrame
      name={name}
      state={state}
      evaluation={evaluation}
      afterFormula={
        live && (
          <Formula tex={cosineTex(live)} label={`cos θ: ${t.formulaLive}`} testId="formula-cos" />
        )
      }
      liveTex={live && lossTex(live, margin)}
      highlightBy="row"
      below={<PairGeometry name={name} state={state} pairs={pairs} shown={shown} margin={margin} />}
    >
      {pair && pair.y !== 1 && pair.y !== -1 && <p className="note">{text(C.otherLabel)}</p>}
    </PanelFrame>
  );
}
