import { useState } from 'react';
import { useStrings } from '../i18n/useStrings.ts';
import { useScrollFocus } from './useScrollFocus.ts';

export interface CodeBlockProps {
  readonly code: string;
  /** Heading and accessible name; "PyTorch code" unless a panel shows a second program. */
  readonly title?: string;
  readonly testId?: string;
}

/** The PyTorch program for the current state, with a copy button. */
export function CodeBlock({ code, title, testId = 'pytorch-code' }: CodeBlockProps) {
  const t = useStrings();
  const [copied, setCopied] = useState(false);
  const [ref, scrollable] = useScrollFocus<HTMLPreElement>(code);
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
    <section className="code" aria-label={title ?? t.code}>
      <div className="code-header">
        <h3>{title ?? t.code}</h3>
        <button type="button" onClick={() => void copy()}>
          {copied ? t.copied : t.copy}
        </button>
      </div>
      <pre ref={ref} data-testid={testId} tabIndex={scrollable ? 0 : undefined}>
        <code>{code}</code>
      </pre>
    </section>
  );
}
