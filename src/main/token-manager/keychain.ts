// What the facade does when the keychain cannot be reached: refuse changes that would leave
// secrets behind in it, and say the problem once per data folder.
import type { ProfileStore } from '../profiles/profile-store';
import { VaultError } from '../../shared/errors';
import type { VaultStatus } from '../secrets/types';

/** Settings key: the keychain problem last reported, so each is said once per data folder. */
const KEYCHAIN_NOTICE_KEY = 'keychainNoticeShown';

/**
 * Throws when the keychain is unreachable but its index says it holds secrets of the profile:
 * signing out, re-pointing or removing the profile would then silently leave them behind.
 */
export function requireKeychainFor(
  store: ProfileStore,
  status: VaultStatus,
  profileId: string,
): void {
  if (status.ok) return;
  if (!store.listSecretIndex().some((entry) => entry.profileId === profileId)) return;
  throw new VaultError(
    status.reason,
    `Nothing was changed: this profile's secrets are in the keychain, which cannot be reached now (${status.reason}); fix that and try again.`,
  );
}

/** The error for asking a profile's tokens while the keychain that would hold them is out of reach. */
export function keychainUnavailable(status: VaultStatus & { ok: false }): VaultError {
  return new VaultError(
    status.reason,
    `No tokens of this profile can be read: the keychain cannot be reached (${status.reason}), so no earlier sign-in is available to this run.`,
  );
}

/** True the first time this keychain problem is seen with this data folder (then remembered). */
export function firstKeychainNotice(store: ProfileStore, status: VaultStatus): boolean {
  const seen = store.getSettings()[KEYCHAIN_NOTICE_KEY];
  if (status.ok) {
    // Working again: a later failure is news worth saying.
    if (seen !== undefined) store.updateSettings({ [KEYCHAIN_NOTICE_KEY]: null });
    return false;
  }
  if (seen === status.reason) return false;
  store.updateSettings({ [KEYCHAIN_NOTICE_KEY]: status.reason });
  return true;
}
