import type { SecretKind, StoredIndexEntry, VaultIndex } from './types';

/** The part of the profile store (src/main/profiles) that records keychain items. */
export interface SecretIndexStore {
  addSecretIndex(profileId: string, kind: string): void;
  removeSecretIndex(profileId: string, kind: string): void;
  listSecretIndex(): readonly StoredIndexEntry[];
}

/**
 * The profile store seen as the vault's index. Typed by shape, not imported, so the vault keeps
 * no dependency on the store and the CLI and app can share one wiring.
 */
export function vaultIndexFromStore(store: SecretIndexStore): VaultIndex {
  return {
    add: (profileId: string, kind: SecretKind) => {
      store.addSecretIndex(profileId, kind);
    },
    remove: (profileId: string, kind: SecretKind) => {
      store.removeSecretIndex(profileId, kind);
    },
    list: () => store.listSecretIndex(),
  };
}
