// Opening the profile store and the facade in plain Node (the CLI, tools, tests): the store is
// read without loading conf (see profiles/read-first-backend.ts).
import { ensureDataDir, resolveDataDir } from '../profiles/data-dir';
import { ProfileStore, type ProfileStoreOptions } from '../profiles/profile-store';
import { ReadFirstBackend } from '../profiles/read-first-backend';
import { profileStoreOptions } from '../profiles/store-options';
import type { TokenManager } from './token-manager';
import { openTokenManagerWith, type OpenWithStoreOptions } from './open';

/** Opens the store in `dir` over ReadFirstBackend; a corrupt file is set aside at once. */
export function openCliProfileStore(dir: string, options: ProfileStoreOptions = {}): ProfileStore {
  const store = new ProfileStore(
    new ReadFirstBackend(profileStoreOptions(ensureDataDir(dir))),
    options,
  );
  // Reading once now turns a broken file into a notice before the caller does anything else.
  store.list();
  return store;
}

/** How to open everything in plain Node. */
export interface OpenTokenManagerOptions extends OpenWithStoreOptions {
  /** Data folder (default: resolveDataDir()). */
  dir?: string;
}

/** Plain Node: opens the store in `dir` (a corrupt file is set aside first), the keychain, the facade. */
export function openTokenManager(options: OpenTokenManagerOptions): Promise<TokenManager> {
  const { dir, ...rest } = options;
  return openTokenManagerWith(openCliProfileStore(dir ?? resolveDataDir()), rest);
}
