// What closing the window and starting the app do, as decisions in plain Node: the tray keeps
// the app alive, so closing hides unless the user turned that off or is quitting.

/** What a close request of the window should do. */
export type CloseDecision = 'hide' | 'close';

/**
 * Hide to the tray on close (the default setting) unless the app is quitting, or the desktop
 * shows no tray icon to bring the window back from (then closing quits, as Settings says).
 */
export function decideClose(options: {
  closeToTray: boolean;
  quitting: boolean;
  trayShown: boolean;
}): CloseDecision {
  return options.closeToTray && options.trayShown && !options.quitting ? 'hide' : 'close';
}

/**
 * Whether the window opens at start: not when started hidden or at login, unless the desktop
 * shows no tray icon (the app would then run with no way to reach it).
 */
export function showWindowAtStart(options: {
  startHidden: boolean;
  atLogin: boolean;
  trayShown: boolean;
}): boolean {
  return !options.trayShown || (!options.startHidden && !options.atLogin);
}
