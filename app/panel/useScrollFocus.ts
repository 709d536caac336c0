import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * For a box that scrolls sideways when its content is wider (a formula, code, a table on a
 * phone): whether it scrolls now, so it can join the Tab order only then. Keyboard users can
 * only scroll what they can focus; a box that fits stays out of the way.
 *
 * Checked in the frame after `content` changes, again when the box or its first child resizes,
 * and whenever the page finishes loading a web font: KaTeX fetches a glyph font (the large
 * brackets of a sum, say) the first time a formula uses it, which widens that formula's content
 * after its first paint without resizing either observed box.
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
    // No check here and now: reading scrollWidth in the effect forces a layout in the middle of
    // the update (6 ms per slider move on HuberLoss). A new observer reports every observed box
    // once, in the frame's own layout pass, which is when the first check runs.
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    // An event, not document.fonts.ready: asking for that promise in an effect that runs on
    // every slider move makes the browser resolve styles each time (5 ms per move on HuberLoss).
    const fonts = typeof document.fonts === 'undefined' ? null : document.fonts;
    fonts?.addEventListener('loadingdone', check);
    return () => {
      live = false;
      observer.disconnect();
      fonts?.removeEventListener('loadingdone', check);
    };
  }, [content]);
  return [ref, scrollable];
}
