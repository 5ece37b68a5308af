// The lock wipe's Electron side: powerMonitor's lock and suspend events (macOS and Windows; only
// suspend on Linux, whose screen locks come from the D-Bus watcher) call the facade's wipe while
// the setting is on. Call it once the app is ready (powerMonitor needs that); it stops on quit.
import { app, powerMonitor } from 'electron';
import { watchLockSignals } from '../lifecycle/dbus-lock-watcher';
import { lockSources, shouldWipe, wipeLogLine, type LockEvent } from '../lifecycle/lock-wipe';
import type { AppLog } from '../log/file-log';
import type { TokenManager } from '../token-manager';

/** Wipes ID and access tokens on screen lock and suspend while `isEnabled()`; returns the stop. */
export function setupLockWipe(
  manager: TokenManager,
  isEnabled: () => boolean,
  log: Pick<AppLog, 'info' | 'warn'>,
): () => void {
  const onEvent = (event: LockEvent): void => {
    if (!shouldWipe(isEnabled(), event)) return;
    manager.wipeShortLivedTokens().then(
      (wiped) => {
        log.info(wipeLogLine(event, wiped));
      },
      (error: unknown) => {
        log.warn('The lock wipe failed.', error);
      },
    );
  };
  const sources = lockSources(process.platform);
  const onLock = (): void => {
    onEvent('lock-screen');
  };
  const onSuspend = (): void => {
    onEvent('suspend');
  };
  if (sources.powerMonitor.includes('lock-screen')) powerMonitor.on('lock-screen', onLock);
  if (sources.powerMonitor.includes('suspend')) powerMonitor.on('suspend', onSuspend);
  const watcher = sources.dbus
    ? watchLockSignals({
        onEvent,
        // Said whether or not the setting is on now: it may be turned on later.
        onUnavailable: (sentence) => {
          log.warn(sentence);
        },
      })
    : undefined;
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    powerMonitor.off('lock-screen', onLock);
    powerMonitor.off('suspend', onSuspend);
    watcher?.stop();
  };
  app.once('will-quit', stop);
  return stop;
}
