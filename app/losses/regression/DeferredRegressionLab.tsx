import { lazy, Suspense, useState } from 'react';
import type { RegressionLabProps } from './RegressionLab.tsx';

const loadLab = () => import('./RegressionLab.tsx').then((m) => ({ default: m.RegressionLab }));

/**
 * The regression lab, fetched after the panel above it has drawn: it sits below the fold and
 * weighs about 11 KB gzipped, which would otherwise count against the first panel's 200 KB
 * budget (issue #10). The fetch starts as soon as the panel renders, so by the time a reader
 * scrolls down it is there. A failed fetch throws to the panel's error boundary, whose reset
 * remounts this component and so tries again with a fresh lazy component.
 */
export function DeferredRegressionLab(props: RegressionLabProps) {
  const [Lab] = useState(() => lazy(loadLab));
  return (
    <Suspense fallback={<section className="regression-lab deferred" aria-busy="true" />}>
      <Lab {...props} />
    </Suspense>
  );
}
