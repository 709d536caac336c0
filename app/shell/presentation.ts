import { appStore } from '../store/appStore.ts';

/** Whether we, rather than the user through the browser, put the page in full screen. */
let ownFullscreen = false;

/**
 * Presentation mode: the `.presenting` class (see app.css) and, where the browser allows,
 * full screen. Called from a click or key press, which the Fullscreen API requires; a browser
 * that refuses (headless, an iframe without permission) still gets the enlarged layout.
 */
export function startPresenting(): void {
  appStore.getState().setPresenting(true);
  const root = document.documentElement;
  if (!document.fullscreenElement && document.fullscreenEnabled && root.requestFullscreen) {
    root
      .requestFullscreen()
      .then(() => {
        ownFullscreen = true;
      })
      .catch(() => {
        // Refused: presentation mode works in the window as it is.
      });
  }
}

export function stopPresenting(): void {
  appStore.getState().setPresenting(false);
  if (ownFullscreen && document.fullscreenElement) {
    ownFullscreen = false;
    document.exitFullscreen().catch(() => {
      // Already left (the user pressed Esc in the browser's own full-screen handling).
    });
  }
}

export function togglePresenting(): void {
  if (appStore.getState().presenting) stopPresenting();
  else startPresenting();
}

/**
 * The browser consumes Esc to leave full screen without telling the page about the key; when
 * our full screen ends that way, presentation mode ends with it.
 */
export function onFullscreenChange(): void {
  if (document.fullscreenElement || !ownFullscreen) return;
  ownFullscreen = false;
  appStore.getState().setPresenting(false);
}
