// The vault as the facade hands it on: every value read or written is registered with the log
// first, so a token, password or client secret that later turns up in an error is masked.
import type { AppLog } from '../log/file-log';
import type { SecretKind, SecretVault } from '../secrets/types';
import type { ProfileStore } from '../profiles/profile-store';

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

/** The profiles whose refresh token the index says the keychain may hold (one read of the store). */
export function profilesWithSessions(store: ProfileStore): Set<string> {
  return new Set(
    store
      .listSecretIndex()
      .filter((e) => e.kind === 'refresh-token')
      .map((e) => e.profileId),
  );
}
