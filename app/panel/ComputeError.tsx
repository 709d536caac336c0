import { useBilingual, useStrings } from '../i18n/useStrings.ts';
import { CLASS_TEXT } from './classText.ts';
import { plainError } from './plainError.ts';

/** A refusal of the core: PyTorch's message, and where we have one, the same in plain words. */
export function ComputeError({ message }: { message: string }) {
  const t = useStrings();
  const text = useBilingual();
  const plain = plainError(message);
  return (
    <div className="compute-error" role="alert">
      {plain && (
        <p className="plain-error">
          <strong>{text(CLASS_TEXT.inPlainWords)}</strong> {text(plain)}
        </p>
      )}
      <p>
        {t.computeError} <code>{message}</code>
      </p>
    </div>
  );
}
