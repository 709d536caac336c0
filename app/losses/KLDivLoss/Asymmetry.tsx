import type { NestedNumbers } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { roundInput } from '../../panel/classRows.ts';
import { flatten } from '../../panel/nested.ts';
import { KL_TEXT } from './strings.ts';
import type { KlNumbers } from './useKlNumbers.ts';
import { ScrollBox } from '../../panel/ScrollBox.tsx';

function show(v: NestedNumbers | null): string {
  if (v === null) return '—';
  return typeof v === 'number'
    ? formatNumber(v)
    : `[${flatten(v)
        .map((x) => formatNumber(x))
        .join(', ')}]`;
}

function roundAll(v: NestedNumbers): NestedNumbers {
  return typeof v === 'number' ? roundInput(v) : v.map(roundAll);
}

export interface AsymmetryProps {
  readonly numbers: KlNumbers;
  readonly current: NestedNumbers | null;
  readonly onSwap: (inputs: { input: NestedNumbers; target: NestedNumbers }) => void;
}

/** KL(p ‖ q) next to KL(q ‖ p), a swap button, and the forgotten-log mistake for contrast. */
export function Asymmetry({ numbers, current, onSwap }: AsymmetryProps) {
  const text = useBilingual();
  const swapped = numbers.swappedInputs;
  const finite =
    swapped !== null &&
    [...flatten(swapped.input), ...flatten(swapped.target)].every(Number.isFinite);
  const rows: [string, string, NestedNumbers | null, string][] = [
    ['KLDivLoss(log q, p)', text(KL_TEXT.callForward), current, 'forward'],
    ['KLDivLoss(log p, q)', text(KL_TEXT.callSwapped), numbers.swapped, 'swapped'],
    ['KLDivLoss(q, p)', text(KL_TEXT.callNoLog), numbers.withoutLog, 'nolog'],
  ];
  return (
    <section className="asymmetry" aria-label={text(KL_TEXT.asymTitle)}>
      <h3>{text(KL_TEXT.asymTitle)}</h3>
      <p>{text(KL_TEXT.asymExplain)}</p>
      <ScrollBox>
        <table className="compare" data-testid="kl-directions">
          <tbody>
            {rows.map(([call, meaning, value, id], i) => (
              <tr key={id} className={i === 0 ? 'current' : undefined}>
                <td>
                  <code>{call}</code>
                </td>
                <td className="value" data-testid={`kl-${id}`}>
                  {show(value)}
                </td>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p>
        <button
          type="button"
          disabled={!finite}
          onClick={() =>
            swapped && onSwap({ input: roundAll(swapped.input), target: roundAll(swapped.target) })
          }
        >
          {text(KL_TEXT.swap)}
        </button>{' '}
        {!finite && <span className="control-doc">{text(KL_TEXT.swapDisabled)}</span>}
      </p>
    </section>
  );
}
