import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * For a box that scrolls sideways when its content is wider (a formula, code, a table on a
 * phone): whether it scrolls now, so it can join the Tab order only then. Keyboard users can
 * only scroll what they can focus; a box that fits stays out of the way.
 *
 * Checked in the next frame after `content` changes, again when the box or its first child
 * resizes, and once web fonts have loaded (KaTeX's glyphs widen a formula after first paint).
 */
/**
 * document.fonts.ready, asked for once: reading it makes the browser resolve styles, which in an
 * effect that runs on every slider move costs a forced layout each time (5 ms on HuberLoss).
 * Fonts that load later still widen their box, and the ResizeObserver sees that.
 */
let fontsReady: Promise<unknown> | undefined;
let fontsLoaded = false;
function whenFontsReady(): Promise<unknown> {
  fontsReady ??= (document.fonts?.ready ?? Promise.resolve()).then(() => {
    fontsLoaded = true;
  });
  return fontsReady;
}

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
    // Once the fonts are in, the observer's first report is enough (a check from a resolved
    // promise would run straight after this effect and force the layout again).
    if (!fontsLoaded) void whenFontsReady().then(check);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [content]);
  return [ref, scrollable];
}
