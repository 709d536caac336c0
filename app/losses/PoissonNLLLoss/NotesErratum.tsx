import { Formula } from '../../panel/Formula.tsx';
import type { PoissonStrings } from './strings.ts';

const AS_PRINTED = String.raw`\text{loss} = \exp(\text{input})\;\;\text{target} * \text{input}`;
const CORRECTED = String.raw`\text{loss} = \exp(\text{input}) \mathbin{\boxed{-}} \text{target} \cdot \text{input}`;

/** Points out, kindly, the minus sign the course notes lost in the log_input=True formula. */
export function NotesErratum({ text }: { text: PoissonStrings }) {
  return (
    <aside className="erratum" aria-label={text.erratumTitle}>
      <h3>{text.erratumTitle}</h3>
      <p>{text.erratum}</p>
      <div className="erratum-formulas">
        <div>
          <span className="erratum-tag">{text.asPrinted}</span>
          <Formula tex={AS_PRINTED} label={text.asPrinted} display={false} />
        </div>
        <div>
          <span className="erratum-tag">{text.corrected}</span>
          <Formula tex={CORRECTED} label={text.corrected} display={false} />
        </div>
      </div>
    </aside>
  );
}
