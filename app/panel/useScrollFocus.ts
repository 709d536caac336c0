import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * For a box that scrolls sideways when its content is wider (a formula, code, a table on a
 * phone): whether it scrolls now, so it can join the Tab order only then. Keyboard users can
 * only scroll what they can focus; a box that fits stays out of the way.
 *
 * Rechecked when the box or its first child resizes and once web fonts have loaded (KaTeX's
 * glyphs widen a formula after the first paint). `content` changes trigger a check too.
 */
export function useScrollFocus<T extends HTMLElement>(
  content: unknown,
): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    let live = true;
    const check = () => {
      if (live) setScrollable(el.scrollWidth > el.clientWidth);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    void document.fonts?.ready.then(check);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [content]);
  return [ref, scrollable];
}
