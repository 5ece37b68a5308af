import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  autostartEntry,
  autostartPath,
  startedAtLogin,
  STARTED_AT_LOGIN_FLAG,
} from '../../src/main/lifecycle/autostart-entry';
import { decideClose, showWindowAtStart } from '../../src/main/lifecycle/window-close';

const base = {
  productName: 'Cognito Token Manager',
  desktopName: 'cognito-token-manager',
  execPath: '/opt/Cognito Token Manager/cognito-token-manager',
};

describe('the Linux autostart entry', () => {
  it('starts the installed binary with the at-login flag, quoted as the spec asks', () => {
    const text = autostartEntry(base);
    expect(text).toContain('[Desktop Entry]\nType=Application\nName=Cognito Token Manager\n');
    expect(text).toContain(
      `Exec="/opt/Cognito Token Manager/cognito-token-manager" ${STARTED_AT_LOGIN_FLAG}\n`,
    );
    expect(text.endsWith('\n')).toBe(true);
  });

  it('starts the AppImage itself, not the binary inside its mount', () => {
    const text = autostartEntry({
      ...base,
      execPath: '/tmp/.mount_CognitXYZ/cognito-token-manager',
      appImage: '/home/ada/Apps/Cognito-Token-Manager.AppImage',
    });
    expect(text).toContain(
      `Exec=/home/ada/Apps/Cognito-Token-Manager.AppImage ${STARTED_AT_LOGIN_FLAG}\n`,
    );
  });

  it('escapes what a shell-like Exec parser would expand', () => {
    const text = autostartEntry({ ...base, execPath: '/opt/a"b$c/app' });
    const exec = /^Exec=(.*) --started-at-login$/m.exec(text)?.[1] ?? '';
    // sh reads the quoting the same way the desktop entry spec does for these characters.
    expect(execFileSync('sh', ['-c', `printf %s ${exec}`], { encoding: 'utf8' })).toBe(
      '/opt/a"b$c/app',
    );
  });

  it('lives in the user autostart folder under the desktop name', () => {
    expect(autostartPath('/home/ada/.config', 'cognito-token-manager')).toBe(
      '/home/ada/.config/autostart/cognito-token-manager.desktop',
    );
  });

  it('knows a start at login from the flag or from macOS', () => {
    expect(startedAtLogin(['/app', STARTED_AT_LOGIN_FLAG], false)).toBe(true);
    expect(startedAtLogin(['/app'], true)).toBe(true);
    expect(startedAtLogin(['/app'], false)).toBe(false);
  });
});

describe('closing and starting', () => {
  it('hides to the tray on close by default, and closes when quitting or when turned off', () => {
    const shown = { trayShown: true };
    expect(decideClose({ closeToTray: true, quitting: false, ...shown })).toBe('hide');
    expect(decideClose({ closeToTray: true, quitting: true, ...shown })).toBe('close');
    expect(decideClose({ closeToTray: false, quitting: false, ...shown })).toBe('close');
  });

  it('closes (and so quits) on a desktop that shows no tray icon to reopen it from', () => {
    expect(decideClose({ closeToTray: true, quitting: false, trayShown: false })).toBe('close');
  });

  it('opens the window at start unless started hidden or at login', () => {
    const shown = { trayShown: true };
    expect(showWindowAtStart({ startHidden: false, atLogin: false, ...shown })).toBe(true);
    expect(showWindowAtStart({ startHidden: true, atLogin: false, ...shown })).toBe(false);
    expect(showWindowAtStart({ startHidden: false, atLogin: true, ...shown })).toBe(false);
  });

  it('opens it anyway where no tray icon could reach a hidden app', () => {
    expect(showWindowAtStart({ startHidden: true, atLogin: true, trayShown: false })).toBe(true);
  });
});
