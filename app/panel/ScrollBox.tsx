import type { ReactNode } from 'react';
import { useScrollFocus } from './useScrollFocus.ts';

export interface ScrollBoxProps {
  readonly className?: string;
  /** What is inside, if its changes may not resize the first child (a table resizes itself). */
  readonly content?: unknown;
  readonly children: ReactNode;
}

/** A box that scrolls sideways when its content is wider, and is focusable exactly then. */
export function ScrollBox({ className = 'table-scroll', content, children }: ScrollBoxProps) {
  const [ref, scrollable] = useScrollFocus<HTMLDivElement>(content);
  return (
    <div ref={ref} className={className} tabIndex={scrollable ? 0 : undefined}>
      {children}
    </div>
  );
}
