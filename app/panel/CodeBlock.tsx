import { useState } from 'react';
import { useStrings } from '../i18n/useStrings.ts';

/** The PyTorch program for the current state, with a copy button. */
export function CodeBlock({ code }: { code: string }) {
  const t = useStrings();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard refused (insecure context, permissions): the code stays selectable by hand.
      setCopied(false);
    }
  };
  return (
    <section className="code" aria-label={t.code}>
      <div className="code-header">
        <h3>{t.code}</h3>
        <button type="button" onClick={() => void copy()}>
          {copied ? t.copied : t.copy}
        </button>
      </div>
      <pre data-testid="pytorch-code">
        <code>{code}</code>
      </pre>
    </section>
  );
}
