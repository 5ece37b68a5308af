// Keychain items that should be gone but could not be removed (a keyring locked at sign-out or
// at removal): they stay in the secret index, and the next start with a usable keychain sweeps
// them. Profiles signed out this way are noted in the store's settings (a name, not a secret).
import type { ProfileStore } from '../profiles/profile-store';
import type { SecretVault } from '../secrets/types';
import { TOKEN_KINDS } from '../sessions/token-cache';
import type { SessionLeftovers, SessionLog } from '../sessions/types';

const PREFIX = 'leftoverTokens:';
const keyOf = (profileId: string): string => `${PREFIX}${profileId}`;

/** SessionLeftovers backed by the profile store: one settings key per profile signed out so. */
export function storeLeftovers(store: ProfileStore): SessionLeftovers {
  return {
    mark(profileId) {
      store.updateSettings({ [keyOf(profileId)]: true });
    },
    clear(profileId) {
      // Read first: a sign-in must not cost a locked file write when there is nothing to take back.
      if (keyOf(profileId) in store.getSettings())
        store.updateSettings({ [keyOf(profileId)]: null });
    },
  };
}

/**
 * Deletes what no one should still hold: every item of a profile the store no longer has
 * (removed while the keyring was locked, or dropped by corrupt-file recovery) and the tokens of
 * profiles whose sign-out could not remove them. A failure is logged and tried at the next start.
 */
export async function sweepLeftovers(
  store: ProfileStore,
  vault: SecretVault,
  log: SessionLog,
): Promise<number> {
  const known = new Set(store.list().map((profile) => profile.id));
  const orphans = new Set(
    store
      .listSecretIndex()
      .map((entry) => entry.profileId)
      .filter((id) => !known.has(id)),
  );
  const signedOut = Object.keys(store.getSettings())
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => key.slice(PREFIX.length));
  let removed = 0;
  for (const profileId of orphans) {
    try {
      removed += await vault.deleteAll(profileId);
    } catch (error) {
      log.warn(`Keychain items of removed profile ${profileId} could not be swept yet.`, error);
    }
  }
  const leftovers = storeLeftovers(store);
  for (const profileId of signedOut) {
    try {
      for (const kind of TOKEN_KINDS) if (await vault.delete(profileId, kind)) removed += 1;
      leftovers.clear(profileId);
    } catch (error) {
      log.warn(`Tokens of signed-out profile ${profileId} could not be swept yet.`, error);
    }
  }
  if (removed > 0) log.info(`Swept ${removed} keychain item(s) left behind earlier.`);
  return removed;
}
