import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useMemo } from 'react';
import { useScrollFocus } from './useScrollFocus.ts';

export interface FormulaProps {
  /** TeX written by us; numbers substituted into it are formatted by us, never user text. */
  readonly tex: string;
  readonly label: string;
  readonly display?: boolean;
  readonly testId?: string;
}

/**
 * KaTeX's HTML by display mode and TeX, most recently used last: a slider going back and forth,
 * or a reduction toggled, asks for the same formulas again.
 */
const rendered = new Map<string, string>();
const CACHE_SIZE = 256;

function render(tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = rendered.get(key);
  if (hit !== undefined) {
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  const html = katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    trust: false,
    strict: 'ignore',
    output: 'htmlAndMathml',
  });
  rendered.set(key, html);
  if (rendered.size > CACHE_SIZE) rendered.delete(rendered.keys().next().value ?? '');
  return html;
}

/**
 * The single place KaTeX renders. `trust` stays off and errors render as red source text
 * rather than throwing, so a bad formula can never take a panel down. Memoised on its props:
 * a panel re-rendering for a change elsewhere does not touch its formulas.
 */
export const Formula = memo(function Formula({ tex, label, display = true, testId }: FormulaProps) {
  const html = useMemo(() => render(tex, display), [tex, display]);
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
});
