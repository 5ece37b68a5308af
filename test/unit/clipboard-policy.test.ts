// How the app reaches the clipboard on each desktop: the choice is made from the display
// session Electron picked (or the user forced) and whether wl-clipboard is installed.
import { describe, expect, it } from 'vitest';
import { chooseClipboard, clipboardNotice } from '../../src/main/clipboard/clipboard-policy';
import { offersSensitive } from '../../src/main/clipboard/wl-clipboard';
import { displaySession, explicitOzonePlatform } from '../../src/main/platform/display-session';

const WAYLAND_ENV = {
  XDG_SESSION_TYPE: 'wayland',
  WAYLAND_DISPLAY: 'wayland-0',
  DISPLAY: ':0',
  XDG_CURRENT_DESKTOP: 'KDE',
};

describe('the display session', () => {
  it('is what Electron chose, or what the user forced on the command line', () => {
    expect(displaySession({ env: WAYLAND_ENV, argv: ['app'], ozoneSwitch: 'wayland' })).toEqual({
      platform: 'wayland',
      explicit: false,
      desktop: 'KDE',
      hasX11: true,
    });
    const forced = displaySession({
      env: WAYLAND_ENV,
      argv: ['app', '--ozone-platform=x11'],
      ozoneSwitch: 'x11',
    });
    expect(forced).toMatchObject({ platform: 'x11', explicit: true });
    expect(explicitOzonePlatform(['app', '--ozone-platform-hint=auto'])).toBeNull();
  });

  it('falls back to the environment when no switch was set', () => {
    expect(displaySession({ env: WAYLAND_ENV, argv: [], ozoneSwitch: '' }).platform).toBe(
      'wayland',
    );
    expect(displaySession({ env: { DISPLAY: ':1' }, argv: [], ozoneSwitch: '' }).platform).toBe(
      'x11',
    );
    expect(displaySession({ env: {}, argv: [], ozoneSwitch: '' })).toMatchObject({
      platform: 'none',
      hasX11: false,
    });
  });
});

describe('the clipboard choice', () => {
  const wayland = displaySession({ env: WAYLAND_ENV, argv: [], ozoneSwitch: 'wayland' });

  it("is Electron's own clipboard off Linux, on X11 and under XWayland", () => {
    expect(chooseClipboard('darwin', wayland, true)).toBe('electron');
    expect(chooseClipboard('win32', wayland, false)).toBe('electron');
    const x11 = displaySession({ env: WAYLAND_ENV, argv: [], ozoneSwitch: 'x11' });
    expect(chooseClipboard('linux', x11, false)).toBe('electron');
  });

  it('is wl-clipboard for a native Wayland client that has it', () => {
    expect(chooseClipboard('linux', wayland, true)).toBe('wl-clipboard');
  });

  it('restarts under XWayland without wl-clipboard, unless the user forced Wayland or there is no XWayland', () => {
    expect(chooseClipboard('linux', wayland, false)).toBe('relaunch-x11');
    const forced = displaySession({
      env: WAYLAND_ENV,
      argv: ['--ozone-platform=wayland'],
      ozoneSwitch: 'wayland',
    });
    expect(chooseClipboard('linux', forced, false)).toBe('electron-unchecked');
    const noXwayland = displaySession({
      env: { ...WAYLAND_ENV, DISPLAY: undefined },
      argv: [],
      ozoneSwitch: 'wayland',
    });
    expect(chooseClipboard('linux', noXwayland, false)).toBe('electron-unchecked');
  });

  it('says in Settings when copies cannot be checked, and only then', () => {
    expect(clipboardNotice('electron-unchecked')).toMatch(/install wl-clipboard/);
    expect(clipboardNotice('wl-clipboard')).toBeNull();
    expect(clipboardNotice('electron')).toBeNull();
  });

  it('asks wl-copy for the KDE history hint only from 2.3, the first with --sensitive', () => {
    expect(offersSensitive('wl-clipboard 2.1.0\nCopyright')).toBe(false);
    expect(offersSensitive('wl-clipboard 2.3.0')).toBe(true);
    expect(offersSensitive('wl-clipboard 3.0.1')).toBe(true);
    expect(offersSensitive('')).toBe(false);
  });
});
