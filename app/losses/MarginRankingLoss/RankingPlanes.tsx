import { useMemo } from 'react';
import { formatNumber } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { levelOpacity } from '../../plot/FieldShading.tsx';
import { PLANE_STRINGS } from '../../plot/planeStrings.ts';
import type { Evaluation } from '../../panel/useLossEvaluation.ts';
import { setFlat } from '../../panel/setFlat.ts';
import { updateTensors } from '../../panel/updateTensors.ts';
import { appStore } from '../../store/appStore.ts';
import type { LossState } from '../../store/lossState.ts';
import { rankingField } from './rankingField.ts';
import { RankingPlane } from './RankingPlane.tsx';
import { S } from './strings.ts';
import { useRankingPairs } from './useRankingPairs.ts';

export interface RankingPlanesProps {
  readonly name: string;
  readonly state: LossState;
  readonly evaluation: Evaluation;
}

function Legend({ max }: { max: number }) {
  const text = useBilingual();
  return (
    <ul className="legend plane-legend">
      <li>
        <span className="field-key c0" aria-hidden="true">
          {[2, 4, 6, 8, 10].map((l) => (
            <span key={l} style={{ opacity: levelOpacity(l, 10) }} />
          ))}
        </span>
        {text(S.legendShading)} (0 … {formatNumber(max, 3)})
      </li>
      <li>
        <span className="swatch zero-swatch" aria-hidden="true" />
        {text(S.legendBoundary)}
      </li>
      <li>
        <span className="swatch tie-swatch" aria-hidden="true" />
        {text(S.legendTie)}
      </li>
      <li>
        <span className="band-swatch" aria-hidden="true" />
        {text(S.legendBand)}
      </li>
      <li className="c1">
        <span className="swatch arrow-swatch" aria-hidden="true" />
        {text(S.legendArrow)}
      </li>
    </ul>
  );
}

/** The y = +1 and y = −1 planes side by side, with the pairs the user drags. */
export function RankingPlanes({ name, state, evaluation }: RankingPlanesProps) {
  const text = useBilingual();
  const t = useStrings();
  const reduction = String(state.params['reduction'] ?? 'mean');
  const result =
    evaluation.ok && typeof evaluation.reduced.output === 'number'
      ? formatNumber(evaluation.reduced.output)
      : null;
  const margin = typeof state.params['margin'] === 'number' ? state.params['margin'] : 0;
  const { aligned, pairs } = useRankingPairs(state, evaluation);
  const biggest = Math.max(0, ...pairs.flatMap((p) => [Math.abs(p.x1), Math.abs(p.x2)]));
  // Whole units, and at least [−2, 2]: dragging inside the plane never changes its scale.
  const reach = Math.max(2, Math.ceil(Number.isFinite(biggest) ? biggest : 2));
  const fields = useMemo(
    () => ({ plus: rankingField(margin, reach, 1), minus: rankingField(margin, reach, -1) }),
    [margin, reach],
  );
  const max = useMemo(
    () => Math.max(1e-12, ...(fields.plus ?? []), ...(fields.minus ?? [])),
    [fields],
  );
  const move = (n: number, x1: number, x2: number) => {
    const { input1 = [], input2 = [] } = state.tensors;
    updateTensors(name, { input1: setFlat(input1, n, x1), input2: setFlat(input2, n, x2) }, n);
  };
  const activate = (n: number) => {
    if (appStore.getState().losses[name]?.highlight !== n)
      appStore.getState().setHighlight(name, n);
  };
  const focused = pairs[state.highlight];
  const others = pairs.filter((p) => p.y !== 1 && p.y !== -1).map((p) => p.n);
  const common = {
    margin,
    reach,
    max,
    highlight: state.highlight,
    onMove: move,
    onActivate: activate,
  };
  return (
    <section className="ranking-planes" aria-label={text(S.planesTitle)}>
      <h3>{text(S.planesTitle)}</h3>
      <p className="plot-intro">
        {text(S.planesIntro)} <span className="hint">{text(PLANE_STRINGS.dragHint)}</span>
      </p>
      <p className="plane-readout">
        {result !== null && (
          <>
            {t.result} <code>reduction='{reduction}'</code>: <strong>{result}</strong>
          </>
        )}
        {focused && (
          <>
            {result !== null && ' · '}
            {text(S.pairShort(focused.n))}: ℓ = <strong>{formatNumber(focused.loss)}</strong>
          </>
        )}
      </p>
      <div className="planes">
        <RankingPlane
          y={1}
          field={fields.plus}
          pairs={pairs.filter((p) => p.y === 1)}
          {...common}
        />
        <RankingPlane
          y={-1}
          field={fields.minus}
          pairs={pairs.filter((p) => p.y === -1)}
          {...common}
        />
      </div>
      <Legend max={max} />
      {!aligned && <p className="note">{text(S.notPairs)}</p>}
      {others.length > 0 && <p className="note">{text(S.notDrawn(others))}</p>}
    </section>
  );
}
