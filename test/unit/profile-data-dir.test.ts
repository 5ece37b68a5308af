import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCliProfileStore } from '../../src/main/token-manager/open-store';
import { resolveDataDir, userDataOverride } from '../../src/main/profiles/data-dir';

describe('resolveDataDir', () => {
  it('uses XDG_CONFIG_HOME or ~/.config on Linux', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', homedir: '/home/a' })).toBe(
      '/home/a/.config/Cognito Token Manager',
    );
    expect(
      resolveDataDir({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', homedir: '/home/a' }),
    ).toBe('/xdg/Cognito Token Manager');
    // The XDG spec says relative paths are invalid and must be ignored.
    expect(
      resolveDataDir({ env: { XDG_CONFIG_HOME: 'rel' }, platform: 'linux', homedir: '/home/a' }),
    ).toBe('/home/a/.config/Cognito Token Manager');
  });

  it('uses Application Support on macOS', () => {
    expect(resolveDataDir({ env: {}, platform: 'darwin', homedir: '/Users/a' })).toBe(
      '/Users/a/Library/Application Support/Cognito Token Manager',
    );
  });

  it('uses %APPDATA% on Windows', () => {
    const env = { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' };
    expect(resolveDataDir({ env, platform: 'win32', homedir: 'C:\\Users\\a' })).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\Cognito Token Manager',
    );
    expect(resolveDataDir({ env: {}, platform: 'win32', homedir: 'C:\\Users\\a' })).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\Cognito Token Manager',
    );
  });

  it('lets COGNITO_TOKEN_MANAGER_HOME override the folder on every platform', () => {
    const env = { COGNITO_TOKEN_MANAGER_HOME: '/tmp/ctm', XDG_CONFIG_HOME: '/xdg' };
    expect(resolveDataDir({ env, platform: 'linux', homedir: '/home/a' })).toBe('/tmp/ctm');
    expect(resolveDataDir({ env, platform: 'darwin', homedir: '/Users/a' })).toBe('/tmp/ctm');
    expect(
      resolveDataDir({
        env: { COGNITO_TOKEN_MANAGER_HOME: '  ' },
        platform: 'linux',
        homedir: '/h',
      }),
    ).toBe('/h/.config/Cognito Token Manager');
  });
});

describe('the data folder on disk', () => {
  it('is created readable by its owner only (0700)', () => {
    const parent = mkdtempSync(join(tmpdir(), 'ctm-datadir-'));
    try {
      const dir = join(parent, 'nested', 'Cognito Token Manager');
      const store = openCliProfileStore(dir);
      store.add({ name: 'p', userPoolId: 'us-east-1_Abc1', clientId: 'client1', username: 'u' });
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('userDataOverride', () => {
  it('moves Electron’s user data to the same folder the profile store uses, or leaves it', () => {
    const env = { COGNITO_TOKEN_MANAGER_HOME: '/tmp/ctm-elsewhere' };
    expect(userDataOverride(env, 'linux')).toBe('/tmp/ctm-elsewhere');
    expect(userDataOverride(env, 'linux')).toBe(
      resolveDataDir({ env, platform: 'linux', homedir: '/home/a' }),
    );
    expect(userDataOverride({}, 'linux')).toBeUndefined();
    expect(userDataOverride({ CTM_USER_DATA_DIR: '/old' }, 'linux')).toBeUndefined();
  });
});
