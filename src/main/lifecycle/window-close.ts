// What closing the window and starting the app do, as decisions in plain Node: the tray keeps
// the app alive, so closing hides unless the user turned that off or is quitting.

/** What a close request of the window should do. */
export type CloseDecision = 'hide' | 'close';

/** Hide to the tray on close (the default setting) unless the app is quitting. */
export function decideClose(options: { closeToTray: boolean; quitting: boolean }): CloseDecision {
  return options.closeToTray && !options.quitting ? 'hide' : 'close';
}

/** Whether the window opens at start: not when started hidden or at login. */
export function showWindowAtStart(options: { startHidden: boolean; atLogin: boolean }): boolean {
  return !options.startHidden && !options.atLogin;
}
