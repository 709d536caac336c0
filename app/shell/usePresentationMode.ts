import { useEffect } from 'react';
import { useAppStore } from '../store/appStore.ts';
import { onFullscreenChange } from './presentation.ts';

/**
 * Reflects presentation mode as the `.presenting` class on <html> (app.css enlarges type and
 * lines and hides what a projector audience does not need), starts it at the top of the
 * panel, and ends it when the browser leaves our full screen.
 */
export function usePresentationMode(): boolean {
  const presenting = useAppStore((s) => s.presenting);
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
    if (presenting) window.scrollTo({ top: 0 });
  }, [presenting]);
  useEffect(() => {
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, []);
  return presenting;
}
