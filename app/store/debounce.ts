/** A call that waits until calls have paused, with a way to run it now or drop it. */
export interface Debounced {
  (): void;
  /** Runs a pending call at once (e.g. when the page is being left). */
  flush(): void;
  /** Drops a pending call. */
  cancel(): void;
}

/**
 * Runs `fn` once calls have paused for `ms`: for writes that need not follow every tick of a
 * slider (the link, the saved state), which would otherwise cost a frame's worth of work each.
 */
export function debounce(fn: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const flush = () => {
    if (timer === null) return;
    cancel();
    fn();
  };
  const call = () => {
    cancel();
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, ms);
  };
  return Object.assign(call, { flush, cancel });
}

/** Calls `flush` when the page is hidden or left, so that a pending write is not lost. */
export function flushWhenLeaving(flush: () => void): () => void {
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}
