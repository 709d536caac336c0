import type { ReactNode } from 'react';
import { useBilingual } from '../i18n/useStrings.ts';
import { CLASS_TEXT } from './classText.ts';

/**
 * A panel's figures, dimmed and with a note while the core refuses the current input: they keep
 * showing the last input PyTorch accepted (see useLastGood) instead of going blank, and say so,
 * so a student editing a tensor does not mistake old numbers for the new ones.
 */
export function StaleFigures({ stale, children }: { stale: boolean; children: ReactNode }) {
  const text = useBilingual();
  return (
    <div className={stale ? 'figures stale' : 'figures'}>
      {stale && <p className="stale-note">{text(CLASS_TEXT.staleFigures)}</p>}
      {children}
    </div>
  );
}
