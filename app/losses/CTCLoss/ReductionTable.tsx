import { useDeferredValue, useMemo } from 'react';
import { evaluateLoss, type NestedNumbers } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { appStore } from '../../store/appStore.ts';
import type { LossState } from '../../store/lossState.ts';
import { flatten } from '../../panel/nested.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';
import { useCtcStrings } from './useCtcStrings.ts';

const REDUCTIONS = ['none', 'mean', 'sum'] as const;
const ZERO_INFINITY = [false, true] as const;

function show(output: NestedNumbers | null): string {
  if (output === null) return '—';
  if (typeof output === 'number') return formatNumber(output);
  return `[${flatten(output)
    .map((v) => formatNumber(v))
    .join(', ')}]`;
}

/**
 * What CTCLoss returns for these tensors under every reduction × zero_infinity, each computed by
 * the core. Choosing a cell applies that setting.
 */
export function ReductionTable({
  name,
  state,
  onImpossible,
}: {
  name: string;
  state: LossState;
  onImpossible: () => void;
}) {
  const s = useCtcStrings();
  // Six forward–backward passes: they follow the example one render behind (see Panel.tsx),
  // while the highlighted cell follows the keywords at once.
  const settled = useDeferredValue(state);
  const table = useMemo(
    () =>
      REDUCTIONS.map((reduction) =>
        ZERO_INFINITY.map((zero) =>
          unlessRefused(() => {
            const options = { ...settled.params, reduction, zero_infinity: zero };
            return evaluateLoss(name, settled.tensors, options).output;
          }),
        ),
      ),
    [name, settled],
  );
  const reduction = String(state.params['reduction'] ?? 'mean');
  const zero = state.params['zero_infinity'] === true;
  return (
    <section className="ctc-reduction" aria-labelledby="ctc-reduction-title">
      <h3 id="ctc-reduction-title">{s.reductionTitle}</h3>
      <div className="ctc-scroll">
        <table data-testid="ctc-reduction-table">
          <thead>
            <tr>
              <th scope="col">reduction</th>
              {ZERO_INFINITY.map((z) => (
                <th scope="col" key={String(z)}>
                  zero_infinity={z ? 'True' : 'False'}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {REDUCTIONS.map((r, i) => (
              <tr key={r}>
                <th scope="row">'{r}'</th>
                {ZERO_INFINITY.map((z, j) => {
                  const current = r === reduction && z === zero;
                  const text = show(table[i]?.[j] ?? null);
                  return (
                    <td key={String(z)}>
                      <button
                        type="button"
                        className={current ? 'ctc-choice current' : 'ctc-choice'}
                        aria-pressed={current}
                        aria-label={`reduction='${r}', zero_infinity=${z ? 'True' : 'False'}: ${text}${current ? ` (${s.current})` : ''}`}
                        onClick={() => {
                          appStore.getState().setParam(name, 'reduction', r);
                          appStore.getState().setParam(name, 'zero_infinity', z);
                        }}
                      >
                        {text}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="control-doc">{s.reductionNote}</p>
      <button type="button" onClick={onImpossible}>
        {s.showImpossible}
      </button>
    </section>
  );
}
