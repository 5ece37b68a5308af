// The secrets vault: keytar behind SecretVault, its in-memory twin, and the start-up probe.
export {
  SECRET_KINDS,
  isSecretKind,
  type KeytarApi,
  type SecretKind,
  type SecretVault,
  type StoredIndexEntry,
  type VaultFailureReason,
  type VaultIndex,
  type VaultIndexEntry,
  type VaultLogger,
  type VaultStatus,
} from './types';
export { DEV_SERVICE_NAME, SERVICE_NAME, vaultServiceName } from './naming';
export { VaultError, isVaultError, type VaultErrorCode } from '../../shared/errors';
export { classifyKeychainError, probeFailureMessage } from './keychain-errors';
export { DEFAULT_CHUNK_BYTES, MAX_CHUNKS } from './chunking';
export { KeytarVault, type KeytarVaultOptions } from './keytar-vault';
export { MemoryVault } from './memory-vault';
export { MemoryVaultIndex } from './memory-index';
export { vaultIndexFromStore, type SecretIndexStore } from './profile-store-index';
export { loadKeytar } from './keytar-loader';
export { DEFAULT_PROBE_TIMEOUT_MS, probeKeychain, type ProbeOptions } from './probe';
export { openVault, type OpenVaultOptions, type OpenedVault } from './open-vault';
