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
    expect(decideClose({ closeToTray: true, quitting: false })).toBe('hide');
    expect(decideClose({ closeToTray: true, quitting: true })).toBe('close');
    expect(decideClose({ closeToTray: false, quitting: false })).toBe('close');
  });

  it('opens the window at start unless started hidden or at login', () => {
    expect(showWindowAtStart({ startHidden: false, atLogin: false })).toBe(true);
    expect(showWindowAtStart({ startHidden: true, atLogin: false })).toBe(false);
    expect(showWindowAtStart({ startHidden: false, atLogin: true })).toBe(false);
  });
});
