// Linux only, first thing at start: how this Chromium reaches the clipboard (clipboard-policy.ts).
// A native Wayland client without wl-clipboard restarts itself once under XWayland, before the
// single-instance lock or a window exist, so the restarted app is the only one.
import { app } from 'electron';
import { chooseClipboard, type ClipboardChoice } from '../clipboard/clipboard-policy';
import { displaySession } from '../platform/display-session';
import { findProgram } from '../platform/find-program';
import { tell } from './app-log';

let choice: ClipboardChoice = 'electron';

/** Decides the clipboard; false when the app is restarting under XWayland (stop starting). */
export function setupDisplay(): boolean {
  const session = displaySession({
    env: process.env,
    argv: process.argv,
    ozoneSwitch: app.commandLine.getSwitchValue('ozone-platform'),
  });
  const hasWlClipboard =
    findProgram('wl-copy', process.env) !== null && findProgram('wl-paste', process.env) !== null;
  choice = chooseClipboard(process.platform, session, hasWlClipboard);
  if (choice !== 'relaunch-x11') return true;
  tell('display: native Wayland without wl-clipboard; restarting under XWayland');
  app.relaunch({
    // An AppImage's own binary lives in a mount that goes away with this process.
    execPath: process.env.APPIMAGE ?? process.execPath,
    args: [...process.argv.slice(1), '--ozone-platform=x11'],
  });
  app.exit(0);
  return false;
}

/** The clipboard chosen at start ('electron' until setupDisplay ran). */
export function clipboardChoice(): ClipboardChoice {
  return choice;
}
