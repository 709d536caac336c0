import { useEffect } from 'react';
import { useAppStore } from '../store/appStore.ts';
import { onFullscreenChange } from './presentation.ts';

/**
 * Reflects presentation mode as the `.presenting` class on <html> (app.css enlarges type and
 * lines and hides what a projector audience does not need), shows each panel from its top,
 * and ends it when the browser leaves our full screen.
 */
export function usePresentationMode(): boolean {
  const presenting = useAppStore((s) => s.presenting);
  const selected = useAppStore((s) => s.selected);
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
  }, [presenting]);
  // Each loss the lecturer steps to starts at its top, like a new slide.
  useEffect(() => {
    if (presenting) window.scrollTo({ top: 0 });
  }, [presenting, selected]);
  useEffect(() => {
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, []);
  return presenting;
}
