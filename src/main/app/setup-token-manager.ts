// The app's TokenManager: the profile file through electron-store (same file and options as the
// CLI's conf), the keychain under the build's service name, sessions restored and kept fresh.
// The store opens at once (settings decide whether the window shows); the keychain probe, which
// a slow or stuck keychain can hold up to its timeout, finishes in the background.
import { app } from 'electron';
import Store from 'electron-store';
import type { AppSettings } from '../../shared/settings';
import { createFileLog, type AppLog } from '../log/file-log';
import { ensureDataDir, resolveDataDir } from '../profiles/data-dir';
import { ProfileStore } from '../profiles/profile-store';
import { profileStoreOptions } from '../profiles/store-options';
import { vaultServiceName } from '../secrets/naming';
import { loadAppSettings } from '../settings/app-settings';
import type { TokenManager } from '../token-manager';
import { openTokenManagerWith } from '../token-manager';

/** Opens the profile store with electron-store in `dir`; a corrupt file is set aside at once. */
function openAppProfileStore(dir: string): ProfileStore {
  // electron-store takes the file name as `name` (it overwrites configName with it), so the
  // shared options are renamed here or the app would write config.json instead of profiles.json.
  const { configName, ...options } = profileStoreOptions(ensureDataDir(dir));
  const backend = new Store<Record<string, unknown>>({ ...options, name: configName });
  const store = new ProfileStore(backend);
  store.list();
  return store;
}

/** The store's settings now, and the facade once the keychain has answered. */
export interface StartingTokenManager {
  /** The settings at start; null when the store could not be opened (ready says why). */
  settings: AppSettings | null;
  ready: Promise<TokenManager>;
}

/**
 * Opens the store, then builds the facade in the background: restores every profile whose
 * refresh token is in the keychain, starts background refresh and stops it on quit.
 */
export function setupTokenManager(
  log: AppLog = createFileLog({ dataDir: resolveDataDir() }),
): StartingTokenManager {
  let profiles: ProfileStore;
  try {
    profiles = openAppProfileStore(resolveDataDir());
  } catch (error) {
    return {
      settings: null,
      ready: Promise.reject(error instanceof Error ? error : new Error(String(error))),
    };
  }
  const settings = loadAppSettings({
    storedSettings: () => profiles.getSettings(),
    updateStoredSettings: () => undefined,
  });
  return { settings, ready: openManager(profiles, log) };
}

async function openManager(profiles: ProfileStore, log: AppLog): Promise<TokenManager> {
  const manager = await openTokenManagerWith(profiles, {
    // Development builds never touch a user's real keychain items.
    serviceName: vaultServiceName(!app.isPackaged),
    log,
  });
  const recovery = manager.takeRecoveryNotice();
  if (recovery) log.warn(`${recovery.reason} Backup: ${recovery.backupPath}`);
  // The window takes the keychain notice to show it once; the log keeps it too.
  const keychain = manager.keychainStatus();
  if (!keychain.ok) log.warn(keychain.message);
  app.on('will-quit', () => {
    manager.stop();
  });
  manager.startSessions();
  return manager;
}
