import { useBilingual } from '../../i18n/useStrings.ts';
import { ML } from './strings.ts';

export interface TargetEncodingsProps {
  /** Which encoding the panel's loss takes. */
  readonly takes: 'indices' | 'multihot';
  /** The index list as it stands (the real target row, or the set converted). */
  readonly indices: readonly number[];
  readonly multiHot: readonly number[];
  /** The classes the set holds, in the order the index list names them. */
  readonly classes: readonly number[];
  /** The mix-up: what happens if the other encoding is passed to this loss. */
  readonly mixUp: string | null;
}

/**
 * The label set of one sample written both ways, side by side: MultiLabelMarginLoss's index list
 * padded with −1 (what follows the first −1 greyed out) and MultiLabelSoftMarginLoss's multi-hot,
 * the one this loss takes marked, and what the other would silently compute.
 */
export function TargetEncodings({
  takes,
  indices,
  multiHot,
  classes,
  mixUp,
}: TargetEncodingsProps) {
  const text = useBilingual();
  const stop = indices.indexOf(-1);
  const rows = [
    {
      kind: 'indices',
      name: text(ML.indexRow),
      loss: 'MultiLabelMarginLoss',
      cells: indices.map((v, i) => ({ v, muted: stop >= 0 && i > stop && v !== -1 })),
    },
    {
      kind: 'multihot',
      name: text(ML.hotRow),
      loss: 'MultiLabelSoftMarginLoss',
      cells: multiHot.map((v) => ({ v, muted: false })),
    },
  ] as const;
  // Entries after the first −1 other than padding: PyTorch ignores them, which surprises.
  const tail = stop >= 0 ? indices.slice(stop + 1).filter((v) => v !== -1) : [];
  return (
    <section className="encodings" aria-label={text(ML.encodingsTitle)}>
      <h4>{text(ML.encodingsTitle)}</h4>
      <table className="compare encodings-table">
        <tbody>
          {rows.map((r) => (
            <tr key={r.kind} className={r.kind === takes ? 'current' : undefined}>
              <th scope="row">
                {r.name}
                <span className="encoding-loss">
                  {text(ML.takenBy(r.loss))}
                  {r.kind === takes && <strong className="this-loss"> {text(ML.thisLoss)}</strong>}
                </span>
              </th>
              <td
                data-testid={`encoding-${r.kind}`}
                data-value={JSON.stringify(r.cells.map((c) => c.v))}
              >
                <code>
                  [
                  {r.cells.map((c, i) => (
                    <span key={i}>
                      {i > 0 ? ', ' : ''}
                      <span className={c.muted ? 'muted-entry' : undefined}>
                        {String(c.v).replace('-', '−')}
                      </span>
                    </span>
                  ))}
                  ]
                </code>
              </td>
            </tr>
          ))}
        </tbody>
        <caption>
          {text(ML.meaning(classes))}
          {tail.length > 0 && ` · ${text(ML.ignored(tail))}`}
        </caption>
      </table>
      {mixUp && <p className="note mix-up">{mixUp}</p>}
    </section>
  );
}
