import { formatNumber } from '../../format.ts';
import { flatten } from '../../panel/nested.ts';
import { PanelFrame } from '../../panel/PanelFrame.tsx';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { LinePlot, type Marker, type Series } from '../../plot/LinePlot.tsx';
import { focusDomain } from '../../plot/focusDomain.ts';
import { appStore, useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import type { PanelProps } from '../types.ts';
import { poissonLiveTex } from './liveTex.ts';
import { InputReading } from './InputReading.tsx';
import { NotesErratum } from './NotesErratum.tsx';
import { POISSON_STRINGS } from './strings.ts';
import { usePoissonCurves } from './usePoissonCurves.ts';

export default function PoissonNLLLossPanel({ name }: PanelProps) {
  const text = POISSON_STRINGS[useAppStore((s) => s.lang)];
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const xs = flatten(state.tensors['input'] ?? []);
  const ys = flatten(state.tensors['target'] ?? []);
  const h = Math.min(state.highlight, Math.max(0, xs.length - 1));
  const logInput = state.params['log_input'] !== false;
  const { curves, rates } = usePoissonCurves(state.params, xs, ys, h);
  const perLoss = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const perGrad = evaluation.ok ? flatten(evaluation.perElement.grads['input'] ?? []) : [];
  const reduced = evaluation.ok ? evaluation.reduced.output : null;
  const yh = ys[h];

  // Per-element values line up with input only when input and target have one shape (the
  // example's case); a broadcasting link shows no dots rather than misplaced ones.
  const aligned = perLoss.length === xs.length;
  const markers = (values: readonly number[]): Marker[] =>
    aligned
      ? rates.map((rate, i) => ({
          x: rate,
          y: values[i] ?? Number.NaN,
          label: text.element(
            i,
            formatNumber(ys[i] ?? Number.NaN),
            formatNumber(rate),
            formatNumber(values[i] ?? Number.NaN),
          ),
          highlighted: i === h,
        }))
      : [];
  const series = (kind: 'loss' | 'grad'): Series[] =>
    curves.map((c, k) => ({
      id: `${kind}-y${c.count}`,
      label: text.count(formatNumber(c.count)),
      xs: c.rate,
      ys: c[kind],
      className: `c${k}`,
    }));
  const known = yh !== undefined && Number.isFinite(yh);
  const lossRefs = known ? [{ x: yh, label: text.minimum(formatNumber(yh)) }] : [];
  const gradRefs = known ? [{ x: yh, label: text.zeroGrad(formatNumber(yh)) }] : [];
  const xLabel = logInput ? text.rateAxisLog : text.rateAxis;

  return (
    <PanelFrame
      name={name}
      state={state}
      evaluation={evaluation}
      afterFormula={<NotesErratum text={text} />}
      liveTex={
        evaluation.ok && aligned && xs.length > 0
          ? poissonLiveTex({
              index: h,
              x: xs[h] ?? Number.NaN,
              y: yh ?? Number.NaN,
              loss: perLoss[h] ?? Number.NaN,
              logInput,
              full: state.params['full'] === true,
              eps: Number(state.params['eps'] ?? 1e-8),
            })
          : null
      }
      explainError={(m) => (/size of tensor/.test(m) ? text.shapeError : null)}
    >
      <InputReading
        input={state.tensors['input'] ?? []}
        logInput={logInput}
        hasNaN={perLoss.some(Number.isNaN)}
        text={text}
        onRewrite={(v) => appStore.getState().setTensor(name, 'input', v)}
      />
      <div className="plots" data-testid="plot">
        <LinePlot
          title={text.lossPlot}
          summary={text.lossSummary(
            typeof reduced === 'number' ? formatNumber(reduced) : '—',
            curves.map((c) => formatNumber(c.count)).join(', '),
          )}
          xLabel={xLabel}
          yLabel={text.lossAxis}
          series={series('loss')}
          markers={markers(perLoss)}
          references={lossRefs}
          yDomain={focusDomain(
            curves.map((c) => c.loss),
            { skipLeft: 0.04, keep: markers(perLoss).map((m) => m.y) },
          )}
        />
        <LinePlot
          title={text.gradPlot}
          summary={text.gradSummary(
            logInput,
            perGrad.map((g) => formatNumber(g)).join(', ') || '—',
          )}
          xLabel={xLabel}
          yLabel={text.gradAxis}
          series={series('grad')}
          markers={markers(perGrad)}
          references={gradRefs}
          yDomain={focusDomain(
            curves.map((c) => c.grad),
            {
              skipLeft: 0.06,
              keep: markers(perGrad)
                .map((m) => m.y)
                .filter((g) => Math.abs(g) < 1e3),
            },
          )}
          height={220}
        />
        <p className="plot-note">{text.gradNote(logInput)}</p>
      </div>
    </PanelFrame>
  );
}
