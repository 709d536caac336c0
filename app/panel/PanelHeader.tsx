import { getLoss } from '../../src/index.ts';
import { useBilingual } from '../i18n/useStrings.ts';

/** The loss's class name and one-line summary. */
export function PanelHeader({ name }: { name: string }) {
  const text = useBilingual();
  return (
    <header className="panel-header">
      <h2>
        <code>nn.{name}</code>
      </h2>
      <p className="summary">{text(getLoss(name).meta.summary)}</p>
    </header>
  );
}
