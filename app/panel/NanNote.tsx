import { useBilingual } from '../i18n/useStrings.ts';
import { CLASS_TEXT } from './classText.ts';

/**
 * Explains a NaN 'mean' of a class-index loss: every target ignored, or target weights summing
 * to zero. A lesson, not an error, so it is a note rather than an alert.
 */
export function NanNote({ allIgnored }: { allIgnored: boolean }) {
  const text = useBilingual();
  return (
    <aside className="note nan-note" role="note" aria-label={text(CLASS_TEXT.nanTitle)}>
      <strong>{text(CLASS_TEXT.nanTitle)}</strong>{' '}
      {text(allIgnored ? CLASS_TEXT.nanAllIgnored : CLASS_TEXT.nanZeroWeight)}
    </aside>
  );
}
