// The profile store for plain Node (the CLI, the preview host, tests): conf on the shared
// data folder. The app builds electron-store with the same options and injects it instead.
import Conf from 'conf';
import { ensureDataDir, resolveDataDir } from './data-dir';
import { ProfileStore, type ProfileStoreOptions } from './profile-store';
import { profileStoreOptions } from './store-options';

/** Where to open the store; `dir` defaults to resolveDataDir(). */
export interface CreateProfileStoreOptions extends ProfileStoreOptions {
  dir?: string;
}

/** Opens the profile store in `dir` with conf; a corrupt file is set aside at once (see takeRecoveryNotice). */
export function createProfileStore(options: CreateProfileStoreOptions = {}): ProfileStore {
  const backend = new Conf<Record<string, unknown>>(
    profileStoreOptions(ensureDataDir(options.dir ?? resolveDataDir())),
  );
  const store = new ProfileStore(backend, options);
  // Reading once now turns a broken file into a notice before the caller does anything else.
  store.list();
  return store;
}
