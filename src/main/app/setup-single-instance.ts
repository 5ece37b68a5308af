// One running app per user-data folder: a second launch focuses the first and exits.
import { app } from 'electron';

/** Takes the single-instance lock; false means another instance has it and this one quits. */
export function setupSingleInstance(onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', onSecondLaunch);
  return true;
}
