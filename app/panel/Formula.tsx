import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import { useScrollFocus } from './useScrollFocus.ts';

export interface FormulaProps {
  /** TeX written by us; numbers substituted into it are formatted by us, never user text. */
  readonly tex: string;
  readonly label: string;
  readonly display?: boolean;
  readonly testId?: string;
}

/**
 * The single place KaTeX renders. `trust` stays off and errors render as red source text
 * rather than throwing, so a bad formula can never take a panel down.
 */
export function Formula({ tex, label, display = true, testId }: FormulaProps) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        trust: false,
        strict: 'ignore',
        output: 'htmlAndMathml',
      }),
    [tex, display],
  );
  const [ref, scrollable] = useScrollFocus<HTMLDivElement>(html);
  return (
    <div
      ref={ref}
      className="formula"
      role="math"
      aria-label={label}
      data-testid={testId}
      // A formula wider than its box scrolls; the keyboard must be able to scroll it too.
      tabIndex={scrollable ? 0 : undefined}
      // KaTeX output from our own TeX (see above): the only innerHTML in the app.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
