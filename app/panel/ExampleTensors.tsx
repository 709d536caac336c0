import { getLoss, type NestedNumbers } from '../../src/index.ts';
import { formatNumber } from '../format.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { appStore } from '../store/appStore.ts';
import type { LossState } from '../store/lossState.ts';
import { flatten, resizeBatch, shapeOf } from './nested.ts';
import { TensorEditor } from './TensorEditor.tsx';
import { updateTensors } from './updateTensors.ts';
import type { Evaluation } from './useLossEvaluation.ts';

/** The most samples the + button (and typed text) may give a resizable panel. */
const MAX_BATCH = 12;

export interface ExampleTensorsProps {
  readonly name: string;
  readonly state: LossState;
  readonly evaluation: Evaluation;
  /** Most panels allow adding and removing samples; a few fix the shape. */
  readonly resizable?: boolean;
  /**
   * What PyTorch's refusal means, in plain words of the current language (null when the panel
   * has nothing to add to PyTorch's own message, which is always shown).
   */
  readonly explainError?: (message: string) => string | null;
  /**
   * The arguments whose cells line up with the per-element losses (all by default). A var of
   * shape (N, 1) does not, so highlighting its cells would point at the wrong element.
   */
  readonly highlightArgs?: readonly string[];
  /**
   * 'row' when each sample is a row of a matrix (embeddings of shape (N, D)) and the loss has
   * one value per row: the highlight is then a sample index, and a focused cell selects its row.
   */
  readonly highlightBy?: 'element' | 'row';
}

/** Editable example tensors, the per-element losses, and the reduced result. */
export function ExampleTensors({
  name,
  state,
  evaluation,
  resizable = true,
  explainError,
  highlightArgs,
  highlightBy = 'element',
}: ExampleTensorsProps) {
  const t = useStrings();
  const store = appStore.getState();
  const args = getLoss(name).meta.arguments.filter((a) => state.tensors[a.name] !== undefined);
  const firstShape = shapeOf(state.tensors[args[0]?.name ?? ''] ?? 0);
  const batch = firstShape[0] ?? 0;
  const perElement = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const plain = evaluation.ok ? null : (explainError?.(evaluation.message) ?? null);
  const resize = (to: number) => {
    store.loadLoss(name, {
      ...state,
      tensors: resizeBatch(state.tensors, batch, to),
      highlight: Math.min(state.highlight, to - 1),
    });
  };
  return (
    <section className="examples" aria-label={t.examples}>
      <h3>{t.examples}</h3>
      {args.map((a) => {
        const value = state.tensors[a.name] ?? 0;
        const shape = shapeOf(value);
        const byRow = highlightBy === 'row' && shape.length === 2;
        // Text may change the batch; the highlight must stay on an element that still exists.
        const onChange = (v: NestedNumbers) => {
          const last = byRow ? (shapeOf(v)[0] ?? 1) - 1 : flatten(v).length - 1;
          updateTensors(name, { [a.name]: v }, Math.max(0, Math.min(state.highlight, last)));
        };
        // Each argument's first dimension may change on its own: while input and target
        // disagree, PyTorch's refusal is shown, which is itself a lesson about shapes.
        const batched = resizable && shape.length > 0;
        const common = {
          arg: a.name,
          value,
          onChange,
          ...(batched ? { batch: { min: 1, max: MAX_BATCH } } : {}),
        };
        // An argument of another layout (a var of shape (N, 1)) would point at the wrong cell.
        if (highlightArgs && !highlightArgs.includes(a.name)) {
          return <TensorEditor key={a.name} {...common} />;
        }
        const columns = shape[1] ?? 1;
        return (
          <TensorEditor
            key={a.name}
            {...common}
            {...(byRow ? { highlightRow: state.highlight } : { highlight: state.highlight })}
            onHighlight={(i) => store.setHighlight(name, byRow ? Math.floor(i / columns) : i)}
          />
        );
      })}
      {resizable && batch > 0 && (
        <div className="resize">
          <button type="button" onClick={() => resize(batch + 1)} disabled={batch >= MAX_BATCH}>
            + {t.element}
          </button>
          <button type="button" onClick={() => resize(batch - 1)} disabled={batch <= 1}>
            − {t.element}
          </button>
        </div>
      )}
      {evaluation.ok ? (
        <div className="per-element" aria-label={t.perElement}>
          <span className="tensor-name">{t.perElement}</span>
          <div className="tensor-row">
            {perElement.map((v, i) => (
              <button
                type="button"
                key={i}
                className={i === state.highlight ? 'cell readonly highlighted' : 'cell readonly'}
                aria-label={`${t.highlight}: ${formatNumber(v)}`}
                aria-pressed={i === state.highlight}
                onClick={() => store.setHighlight(name, i)}
              >
                {formatNumber(v)}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <div className="compute-error" role="alert">
          {plain && <p className="plain-error">{plain}</p>}
          <p>
            {t.computeError} {evaluation.message}
          </p>
        </div>
      )}
    </section>
  );
}
