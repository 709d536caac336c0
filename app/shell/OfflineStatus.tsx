import { useSyncExternalStore } from 'react';
import { useBilingual } from '../i18n/useStrings.ts';
import { offlineSnapshot, subscribeOffline } from '../offline/offlineStatus.ts';
import { SHELL } from './strings.ts';

/** "Available offline" once the app is cached; what is going on when the network is gone. */
export function OfflineStatus() {
  const text = useBilingual();
  const { ready, updateReady, online } = useSyncExternalStore(subscribeOffline, offlineSnapshot);
  const message = !online
    ? ready
      ? SHELL.offlineNow
      : SHELL.offlineUncached
    : updateReady
      ? SHELL.updateReady
      : ready
        ? SHELL.offlineReady
        : null;
  return (
    <p className="offline-status" role="status">
      {message && (
        <>
          <span className="offline-dot" aria-hidden="true" />
          {text(message)}
        </>
      )}
    </p>
  );
}
