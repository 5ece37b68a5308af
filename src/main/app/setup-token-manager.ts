// The app's TokenManager: the profile file through electron-store (same file and options as the
// CLI's conf), the keychain under the build's service name, sessions restored and kept fresh.
import { app } from 'electron';
import Store from 'electron-store';
import { createFileLog, type AppLog } from '../log/file-log';
import {
  ensureDataDir,
  ProfileStore,
  profileStoreOptions,
  resolveDataDir,
} from '../profiles/index';
import { vaultServiceName } from '../secrets/naming';
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

/**
 * Builds the facade, restores every profile whose refresh token is in the keychain, starts
 * background refresh and stops it on quit. Resolves once the facade is usable; restoring goes
 * on in the background.
 */
export async function setupTokenManager(
  log: AppLog = createFileLog({ dataDir: resolveDataDir() }),
): Promise<TokenManager> {
  const profiles = openAppProfileStore(resolveDataDir());
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
