import { useId, useState } from 'react';
import { evaluateLoss, LossInputError, type TripletLossName } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { CLASS_TEXT } from '../../panel/classText.ts';
import { RadioChoices } from '../../panel/controls/RadioChoices.tsx';
import { setFlat } from '../../panel/setFlat.ts';
import { updateTensors } from '../../panel/updateTensors.ts';
import type { Evaluation } from '../../panel/useLossEvaluation.ts';
import { PLANE_STRINGS } from '../../plot/planeStrings.ts';
import { appStore } from '../../store/appStore.ts';
import { defaultTensors, type LossState } from '../../store/lossState.ts';
import { DistanceLine } from './DistanceLine.tsx';
import { gradientStep } from './gradientStep.ts';
import { StepControl } from './StepControl.tsx';
import { T } from './strings.ts';
import { TripletLegend } from './TripletLegend.tsx';
import { TripletPlane } from './TripletPlane.tsx';
import { TRIPLET_ARGS, type TripletRole } from './tripletRows.ts';
import type { TripletView } from './useTripletView.ts';

export interface TripletGeometryProps {
  readonly name: TripletLossName;
  readonly state: LossState;
  readonly evaluation: Evaluation;
  readonly view: TripletView;
}

/** The reduced loss the core gives for these tensors (NaN if it refuses them). */
function resultOf(
  name: TripletLossName,
  tensors: LossState['tensors'],
  params: LossState['params'],
): number {
  try {
    const { output } = evaluateLoss(name, tensors, params);
    return typeof output === 'number' ? output : Number.NaN;
  } catch (e) {
    if (e instanceof LossInputError) return Number.NaN;
    throw e;
  }
}

/** The geometry of the triplet panels: which triplet, its plane, its distance line, the step. */
export function TripletGeometry({ name, state, evaluation, view }: TripletGeometryProps) {
  const text = useBilingual();
  const id = useId();
  const [lr, setLr] = useState(0.5);
  const [last, setLast] = useState<{ before: number; after: number } | null>(null);
  const { figure, stale, shown: n } = view;
  const t = figure?.triplets[n];
  const b = figure?.breakdown ?? null;
  const row = b?.rows[n];
  const select = (i: number) => {
    if (appStore.getState().losses[name]?.highlight !== i)
      appStore.getState().setHighlight(name, i);
  };
  const move = (role: TripletRole, x: number, y: number) => {
    const value = state.tensors[role] ?? [];
    updateTensors(name, { [role]: setFlat(setFlat(value, 2 * n, x), 2 * n + 1, y) }, n);
  };
  const step = () => {
    if (!evaluation.ok || typeof evaluation.reduced.output !== 'number') return;
    const next = gradientStep(state.tensors, evaluation.reduced.grads, lr, TRIPLET_ARGS);
    updateTensors(name, next);
    setLast({
      before: evaluation.reduced.output,
      after: resultOf(name, { ...state.tensors, ...next }, state.params),
    });
  };
  const planar = t !== undefined && [t.anchor, t.positive, t.negative].every((v) => v.length === 2);
  const grads = (role: TripletRole) => figure?.grads[role][n] ?? [];
  return (
    <section className="triplet-geometry" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{text(T.title)}</h3>
      <p className="plot-intro">
        {text(state.params['distance_function'] === 'cosine' ? T.introCosine : T.introPairwise)}{' '}
        <span className="hint">{text(PLANE_STRINGS.dragHint)}</span>
      </p>
      {(figure?.triplets.length ?? 0) > 1 && (
        <RadioChoices
          label={text(T.triplet)}
          value={String(n)}
          choices={(figure?.triplets ?? []).map((_, i) => ({
            value: String(i),
            label: String(i),
            name: text(T.tripletName(i)),
          }))}
          onChange={(v) => select(Number(v))}
        />
      )}
      {stale && <p className="stale-note">{text(CLASS_TEXT.staleFigures)}</p>}
      {figure && !b && <p className="note">{text(T.notAligned)}</p>}
      {!figure && <p className="note">{text(T.waiting)}</p>}
      {t && b && !planar && <p className="note">{text(T.notTwoD(t.anchor.length))}</p>}
      {t && b && row && (
        <p
          className="plane-readout"
          data-testid="triplet-readout"
          data-loss={row.loss}
          data-used={b.swap ? row.used : 'an'}
        >
          {text(T.tripletName(n))}: d(a, p) = <strong>{formatNumber(row.dPos)}</strong> · d(a, n) ={' '}
          <strong>{formatNumber(row.dAn)}</strong>
          {row.dPn !== null && (
            <>
              {' '}
              · d(p, n) = <strong>{formatNumber(row.dPn)}</strong>
            </>
          )}{' '}
          · ℓ = <strong>{formatNumber(row.loss)}</strong>
          {b.swap && <span className="swap-note"> — {text(T.swapUses(row.used))}</span>}
        </p>
      )}
      {t && b && row && (
        <div className={stale ? 'triplet-figures figures stale' : 'triplet-figures'} inert={stale}>
          {planar && (
            <TripletPlane
              name={name}
              n={n}
              t={t}
              b={b}
              row={row}
              params={state.params}
              grads={{
                anchor: grads('anchor'),
                positive: grads('positive'),
                negative: grads('negative'),
              }}
              onMove={move}
              onActivate={() => select(n)}
            />
          )}
          <div className="triplet-side">
            <DistanceLine b={b} row={row} />
            {b.distance === 'cosine' && row.dPos + b.margin > 2 && (
              <p className="note">{text(T.everywhere)}</p>
            )}
            <StepControl
              lr={lr}
              onLr={setLr}
              onStep={step}
              onReset={() => {
                updateTensors(name, defaultTensors(name), 0);
                setLast(null);
              }}
              last={last}
              disabled={!evaluation.ok}
            />
          </div>
        </div>
      )}
      {planar && b && <TripletLegend b={b} />}
    </section>
  );
}
