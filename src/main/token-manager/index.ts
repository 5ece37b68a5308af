// The facade's public surface: what the app, the preview host, the CLI and tests may use.
export { openTokenManagerWith, type OpenWithStoreOptions } from './open';
export { openCliProfileStore, openTokenManager, type OpenTokenManagerOptions } from './open-store';
export type {
  ImportOutcome,
  ImportRequest,
  ProfileSecretEdits,
  ProfileSecrets,
} from './profile-secrets';
export { TokenManager, type TokenManagerDeps } from './token-manager';
export type { StatusRow } from './status-rows';
