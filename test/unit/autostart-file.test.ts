// Launch at login on Linux: the setting writes the autostart entry (an AppImage's own path),
// rewrites it when the binary moved, and removes it when turned off.
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncAutostartFile, xdgConfigHome } from '../../src/main/lifecycle/autostart-file';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const input = {
  productName: 'Cognito Token Manager',
  desktopName: 'dev.cognito-token-manager.app',
  formerDesktopNames: ['cognito-token-manager'],
  execPath: '/opt/Cognito Token Manager/cognito-token-manager',
  appImage: '/home/ada/Apps/CTM.AppImage',
};

describe('autostart file', () => {
  it('is written when turned on, left alone when already right, and removed when off', () => {
    const home = mkdtempSync(join(tmpdir(), 'ctm-autostart-'));
    dirs.push(home);
    const path = join(home, 'autostart', 'dev.cognito-token-manager.app.desktop');
    expect(syncAutostartFile(true, home, input)).toBe('written');
    expect(readFileSync(path, 'utf8')).toContain(
      'Exec=/home/ada/Apps/CTM.AppImage --started-at-login',
    );
    expect(syncAutostartFile(true, home, input)).toBe('unchanged');
    expect(syncAutostartFile(true, home, { ...input, appImage: '/home/ada/new.AppImage' })).toBe(
      'written',
    );
    expect(readFileSync(path, 'utf8')).toContain('Exec=/home/ada/new.AppImage --started-at-login');
    expect(syncAutostartFile(false, home, input)).toBe('removed');
    expect(existsSync(path)).toBe(false);
    expect(syncAutostartFile(false, home, input)).toBe('unchanged');
  });

  it('lives under XDG_CONFIG_HOME when it is absolute, else ~/.config', () => {
    expect(xdgConfigHome({ XDG_CONFIG_HOME: '/x/cfg' }, '/home/ada')).toBe('/x/cfg');
    expect(xdgConfigHome({ XDG_CONFIG_HOME: 'relative' }, '/home/ada')).toBe('/home/ada/.config');
    expect(xdgConfigHome({}, '/home/ada')).toBe('/home/ada/.config');
  });

  it('removes the entry an earlier version wrote under the old name, so one login starts one app', () => {
    const home = mkdtempSync(join(tmpdir(), 'ctm-autostart-'));
    dirs.push(home);
    const old = join(home, 'autostart', 'cognito-token-manager.desktop');
    syncAutostartFile(true, home, {
      ...input,
      desktopName: 'cognito-token-manager',
      formerDesktopNames: [],
    });
    expect(existsSync(old)).toBe(true);
    expect(syncAutostartFile(true, home, input)).toBe('written');
    expect(existsSync(old)).toBe(false);
    expect(existsSync(join(home, 'autostart', 'dev.cognito-token-manager.app.desktop'))).toBe(true);
    syncAutostartFile(true, home, {
      ...input,
      desktopName: 'cognito-token-manager',
      formerDesktopNames: [],
    });
    expect(syncAutostartFile(false, home, input)).toBe('removed');
    expect(existsSync(old)).toBe(false);
  });
});
