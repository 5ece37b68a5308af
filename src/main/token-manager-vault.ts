// The vault as the facade hands it on: every value read or written is registered with the log
// first, so a token, password or client secret that later turns up in an error is masked.
import type { AppLog } from './log';
import type { SecretKind, SecretVault, VaultIndex, VaultIndexEntry } from './secrets/types';
import { isSecretKind } from './secrets/types';
import type { ProfileStore } from './profiles/profile-store';

/** Wraps a vault so the log learns each secret the moment the process sees it. */
export function registeringVault(vault: SecretVault, log: Pick<AppLog, 'addSecret'>): SecretVault {
  return {
    async get(profileId: string, kind: SecretKind) {
      const value = await vault.get(profileId, kind);
      log.addSecret(value);
      return value;
    },
    set(profileId: string, kind: SecretKind, value: string) {
      log.addSecret(value);
      return vault.set(profileId, kind, value);
    },
    delete: (profileId, kind) => vault.delete(profileId, kind),
    deleteAll: (profileId) => vault.deleteAll(profileId),
  };
}

/** The profile store's secret index as the vault's VaultIndex (unknown kinds are skipped). */
export function storeVaultIndex(store: ProfileStore): VaultIndex {
  return {
    add: (profileId, kind) => {
      store.addSecretIndex(profileId, kind);
    },
    remove: (profileId, kind) => {
      store.removeSecretIndex(profileId, kind);
    },
    list: () =>
      store
        .listSecretIndex()
        .flatMap((e): VaultIndexEntry[] =>
          isSecretKind(e.kind) ? [{ profileId: e.profileId, kind: e.kind }] : [],
        ),
  };
}

/** True when the index says the keychain may hold a refresh token for the profile. */
export function mayHoldSession(store: ProfileStore, profileId: string): boolean {
  return store
    .listSecretIndex()
    .some((e) => e.profileId === profileId && e.kind === 'refresh-token');
}
