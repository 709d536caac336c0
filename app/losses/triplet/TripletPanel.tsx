import type { TripletLossName } from '../../../src/index.ts';
import { texNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import type { PytorchCodeOptions } from '../../code/pytorchCode.ts';
import { Formula } from '../../panel/Formula.tsx';
import { PanelFrame } from '../../panel/PanelFrame.tsx';
import { plainError } from '../../panel/plainError.ts';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import { T } from './strings.ts';
import { TripletGeometry } from './TripletGeometry.tsx';
import { distanceTex, hingeTex } from './tripletTex.ts';
import { useTripletView } from './useTripletView.ts';

export interface TripletPanelProps {
  readonly name: TripletLossName;
  readonly codeOptions?: PytorchCodeOptions;
}

const vec = (v: readonly number[]) => String.raw`(${v.map((x) => texNumber(x)).join(',\\ ')})`;

/**
 * The panel of both triplet losses: the distances and the hinge of the shown triplet with their
 * numbers, the gradients, and the plane where anchor, positive and negative are dragged.
 */
export function TripletPanel({ name, codeOptions }: TripletPanelProps) {
  const text = useBilingual();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const view = useTripletView(name, state, evaluation);
  const { figure, stale, shown: n } = view;
  const points = figure?.triplets[n];
  const b = figure?.breakdown;
  const row = b?.rows[n];
  const live = !stale && points && b && row;
  const distances =
    live &&
    String.raw`\begin{gathered}${[
      distanceTex(b, points, n, ['anchor', 'positive'], row.dPos),
      distanceTex(b, points, n, ['anchor', 'negative'], row.dAn),
      ...(row.dPn === null ? [] : [distanceTex(b, points, n, ['positive', 'negative'], row.dPn)]),
    ].join(String.raw`\\`)}\end{gathered}`;
  const gradTex =
    live &&
    String.raw`\begin{aligned}${(['anchor', 'positive', 'negative'] as const)
      .map(
        (role) =>
          String.raw`\frac{\partial L}{\partial ${role[0]}_{${n}}} &= ${vec(figure.grads[role][n] ?? [])}`,
      )
      .join(String.raw`\\[2pt]`)}\end{aligned}`;
  return (
    <PanelFrame
      name={name}
      state={state}
      evaluation={evaluation}
      liveTex={live ? hingeTex(b, row, n) : null}
      afterFormula={
        distances && (
          <Formula tex={distances} label={text(T.distanceFormula)} testId="formula-distances" />
        )
      }
      highlightBy="row"
      explainError={(m) => {
        const plain = plainError(m);
        return plain ? text(plain) : null;
      }}
      {...(codeOptions ? { codeOptions } : {})}
    >
      {gradTex && <Formula tex={gradTex} label={text(T.gradFormula)} testId="formula-grad" />}
      <TripletGeometry name={name} state={state} evaluation={evaluation} view={view} />
    </PanelFrame>
  );
}
