import { getLoss, type NestedNumbers } from '../../src/index.ts';
import { formatNumber } from '../format.ts';
import { useBilingual, useStrings } from '../i18n/useStrings.ts';
import { appStore } from '../store/appStore.ts';
import type { LossState } from '../store/lossState.ts';
import { classRows, resizeClasses } from './classRows.ts';
import { CLASS_TEXT } from './classText.ts';
import { ComputeError } from './ComputeError.tsx';
import { flatten, resizeBatch, shapeOf } from './nested.ts';
import { TensorEditor } from './TensorEditor.tsx';
import { updateTensors } from './updateTensors.ts';
import type { Evaluation } from './useLossEvaluation.ts';

export interface SampleTensorsProps {
  readonly name: string;
  readonly state: LossState;
  readonly evaluation: Evaluation;
  /** The highlighted sample. */
  readonly sample: number;
  /** The flat index of the cell to mark in each argument (e.g. the target's logit), if any. */
  readonly markCell?: (arg: string) => number | undefined;
  /** Adding and removing classes: which arguments have a class column, and new entries' value. */
  readonly classResize?: {
    readonly args: readonly string[];
    readonly fill: (arg: string) => number;
    /**
     * Replaces the plain column resize when the class count constrains other entries too, e.g.
     * class indices that must stay below the new C.
     */
    readonly resize?: (
      tensors: LossState['tensors'],
      from: number,
      to: number,
    ) => Record<string, NestedNumbers>;
  };
  /** Entries of the `reduction='none'` output per sample: 1 for most, C for KLDivLoss. */
  readonly elementsPerSample?: number;
}

const MAX_SAMPLES = 8;
const MAX_CLASSES = 8;

/**
 * Editable example tensors of a loss whose elements are samples of C class values: focusing any
 * cell of a row shows that sample, the batch and (optionally) the classes can grow and shrink,
 * and the per-sample losses sit below. Refusals are shown here, in PyTorch's words and ours.
 */
export function SampleTensors({
  name,
  state,
  evaluation,
  sample,
  markCell,
  classResize,
  elementsPerSample = 1,
}: SampleTensorsProps) {
  const t = useStrings();
  const text = useBilingual();
  const store = appStore.getState();
  const args = getLoss(name).meta.arguments.filter((a) => state.tensors[a.name] !== undefined);
  const input = state.tensors['input'];
  const rows = classRows(input);
  const batch = rows?.batched ? rows.rows.length : 0;
  const classes = rows?.rows[0]?.length ?? 0;
  const rowLength = (arg: string) => {
    const shape = shapeOf(state.tensors[arg] ?? 0);
    return shape.length >= 2 ? (shape[1] ?? 1) : 1;
  };
  const perSample = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const per = Math.max(1, elementsPerSample);
  const perLabel = per === 1 ? text(CLASS_TEXT.perSample) : t.perElement;
  const resizeTo = (to: number) =>
    classResize?.resize
      ? classResize.resize(state.tensors, classes, to)
      : resizeClasses(
          state.tensors,
          classResize?.args ?? [],
          classes,
          to,
          classResize?.fill ?? (() => 0),
        );
  const load = (tensors: LossState['tensors'], highlight: number) =>
    store.loadLoss(name, { ...state, tensors, highlight });
  return (
    <section className="examples" aria-label={t.examples}>
      <h3>{t.examples}</h3>
      {args.map((a) => {
        const mark = markCell?.(a.name);
        const value = state.tensors[a.name] ?? 0;
        const batched = batch > 0 && shapeOf(value).length > 0;
        return (
          <TensorEditor
            key={a.name}
            arg={a.name}
            value={value}
            // Text may change the batch; the shown sample must still exist.
            onChange={(v) =>
              updateTensors(
                name,
                { [a.name]: v },
                batched ? Math.max(0, Math.min(sample, (shapeOf(v)[0] ?? 1) - 1)) : undefined,
              )
            }
            {...(batched ? { batch: { min: 1, max: MAX_SAMPLES } } : {})}
            {...(mark !== undefined ? { highlight: mark } : {})}
            onHighlight={(i) =>
              store.setHighlight(name, rows?.batched ? Math.floor(i / rowLength(a.name)) : 0)
            }
          />
        );
      })}
      <div className="resize">
        {batch > 0 && (
          <>
            <button
              type="button"
              onClick={() => load(resizeBatch(state.tensors, batch, batch + 1), sample)}
              disabled={batch >= MAX_SAMPLES}
            >
              {text(CLASS_TEXT.addSample)}
            </button>
            <button
              type="button"
              onClick={() =>
                load(resizeBatch(state.tensors, batch, batch - 1), Math.min(sample, batch - 2))
              }
              disabled={batch <= 1}
            >
              {text(CLASS_TEXT.removeSample)}
            </button>
          </>
        )}
        {classResize && classes > 0 && (
          <>
            <button
              type="button"
              onClick={() => load(resizeTo(classes + 1), sample)}
              disabled={classes >= MAX_CLASSES}
            >
              {text(CLASS_TEXT.addClass)}
            </button>
            <button
              type="button"
              onClick={() => load(resizeTo(classes - 1), sample)}
              disabled={classes <= 2}
            >
              {text(CLASS_TEXT.removeClass)}
            </button>
          </>
        )}
      </div>
      {evaluation.ok ? (
        <div className="per-element" aria-label={perLabel}>
          <span className="tensor-name">{perLabel}</span>
          <div className="tensor-row">
            {perSample.map((v, i) => (
              <button
                type="button"
                key={i}
                className={
                  Math.floor(i / per) === sample ? 'cell readonly highlighted' : 'cell readonly'
                }
                aria-label={`${text(CLASS_TEXT.showSample(Math.floor(i / per)))}: ${formatNumber(v)}`}
                aria-pressed={Math.floor(i / per) === sample}
                onClick={() => store.setHighlight(name, Math.floor(i / per))}
              >
                {formatNumber(v)}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <ComputeError message={evaluation.message} />
      )}
    </section>
  );
}
