// The profiles module's public surface, for the CLI, the token manager and the app.
export {
  APP_FOLDER_NAME,
  ensureDataDir,
  HOME_ENV_VAR,
  resolveDataDir,
  type DataDirContext,
} from './data-dir';
export { createProfileStore, type CreateProfileStoreOptions } from './create-profile-store';
export {
  isProfileError,
  ProfileError,
  PROFILE_ERROR_CODES,
  type ProfileErrorCode,
} from '../../shared/errors';
export {
  buildExport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  serializeExport,
  type ExportedProfile,
  type ProfileExport,
} from './export-file';
export { withFileLock, withFileLockAsync, type FileLockOptions } from './file-lock';
export {
  parseImportFile,
  readImportFile,
  type ImportOptions,
  type ImportSource,
  type ParsedImport,
} from './import-file';
export { ProfileStore, type ProfileStoreOptions } from './profile-store';
export {
  STORE_SCHEMA_VERSION,
  type SecretIndexEntry,
  type Settings,
  type StoreData,
} from './store-data';
export type { RecoveryNotice, StoreBackend } from './store-file';
export type { ImportResult } from './store-ops';
export { PROFILE_FILE_NAME, profileStoreOptions } from './store-options';
