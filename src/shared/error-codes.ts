// Error codes of the profile store and the keychain vault, here so the IPC contract can name them
// without the renderer depending on main-process modules.

/** Every stable error code of the profile store and the importers. */
export const PROFILE_ERROR_CODES = [
  'invalid-profile',
  'duplicate-name',
  'not-found',
  'invalid-import',
  'store-locked',
  'store-unreadable',
  'store-newer-version',
  'export-failed',
] as const;

/** Why the keychain cannot be used this session. */
export const VAULT_FAILURE_REASONS = [
  'no-session-bus',
  'no-secret-service',
  'locked',
  'broken',
  'keytar-missing',
] as const;

/** Every stable error code of the vault. */
export const VAULT_ERROR_CODES = [
  'invalid-input',
  'value-too-large',
  ...VAULT_FAILURE_REASONS,
] as const;
