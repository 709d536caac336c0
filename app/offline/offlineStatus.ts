/** What the page knows about working offline. */
export interface OfflineStatus {
  /** A service worker with the complete app in its cache is active. */
  readonly ready: boolean;
  /** A newer version finished downloading; it takes over on the next visit. */
  readonly updateReady: boolean;
  /** The browser believes it has a network. */
  readonly online: boolean;
}

let status: OfflineStatus = { ready: false, updateReady: false, online: true };
const listeners = new Set<() => void>();

function update(change: Partial<OfflineStatus>): void {
  status = { ...status, ...change };
  for (const l of listeners) l();
}

export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function offlineSnapshot(): OfflineStatus {
  return status;
}

function watchUpdates(registration: ServiceWorkerRegistration): void {
  const container = navigator.serviceWorker;
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      // "installed" with a page already controlled = an update waiting for the next visit.
      if (worker.state === 'installed' && container.controller) update({ updateReady: true });
    };
    check();
    worker.addEventListener('statechange', check);
  };
  watch(registration.waiting);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

/**
 * Registers the service worker that the build writes (`sw.js`, see
 * scripts/vite/serviceWorker.ts) — only in a production build served over http(s), so the
 * dev server and hot reload are never cached. Reports when the app is available offline.
 */
export function registerServiceWorker(): void {
  update({ online: navigator.onLine });
  window.addEventListener('online', () => update({ online: true }));
  window.addEventListener('offline', () => update({ online: false }));
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (!/^https?:$/.test(window.location.protocol)) return;
  const start = () => {
    navigator.serviceWorker
      .register('./sw.js', { scope: './' })
      .then((registration) => {
        watchUpdates(registration);
        return navigator.serviceWorker.ready;
      })
      .then(() => update({ ready: true }))
      .catch(() => {
        // No worker (private mode, blocked by policy): the app works online as before.
      });
  };
  // After the first screen has loaded, so precaching never competes with it.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
