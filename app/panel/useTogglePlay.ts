import { useEffect, useRef } from 'react';

/**
 * The event presentation mode sends when the lecturer presses Space: "play or pause whatever
 * animates on this panel". A panel that animates (CTC's lattice) answers it with
 * {@link useTogglePlay}; on other panels nobody answers and Space keeps its usual meaning.
 */
export const TOGGLE_PLAY_EVENT = 'losslab:toggle-play';

/**
 * Asks the panel on screen to play or pause. Returns true when a panel did (it cancelled the
 * event), so the caller can keep Space from also scrolling the page.
 */
export function requestTogglePlay(target: EventTarget = window): boolean {
  return !target.dispatchEvent(new Event(TOGGLE_PLAY_EVENT, { cancelable: true }));
}

/**
 * Lets a panel play or pause its animation on Space in presentation mode: call it with the
 * panel's own toggle, e.g. `useTogglePlay(() => setPlaying((p) => !p))`.
 */
export function useTogglePlay(onToggle: () => void): void {
  const latest = useRef(onToggle);
  useEffect(() => {
    latest.current = onToggle;
  });
  useEffect(() => {
    const listener = (e: Event) => {
      e.preventDefault();
      latest.current();
    };
    window.addEventListener(TOGGLE_PLAY_EVENT, listener);
    return () => window.removeEventListener(TOGGLE_PLAY_EVENT, listener);
  }, []);
}
