// The lock wipe (a setting, off by default): on screen lock or suspend every profile's ID and
// access tokens leave memory and the keychain. The refresh token stays, so each session does too
// and its next use refreshes. Only what happened is counted; the rest goes to the log, truthfully.
import type { ProfileStore } from '../profiles/profile-store';
import { SHORT_LIVED_KINDS } from '../sessions/refresh-only';
import type { SessionManager } from '../sessions/session-manager';
import type { SessionLog } from '../sessions/types';

const SHORT_LIVED: ReadonlySet<string> = new Set(SHORT_LIVED_KINDS);

/** Wipes every profile's ID and access tokens; returns how many profiles lost them everywhere. */
export async function wipeShortLivedTokens(
  store: ProfileStore,
  sessions: SessionManager,
  log: SessionLog,
): Promise<number> {
  // One read of the index: the profiles whose keychain may hold ID or access tokens.
  const listed = new Set(
    store
      .listSecretIndex()
      .filter((entry) => SHORT_LIVED.has(entry.kind))
      .map((entry) => entry.profileId),
  );
  const done = await Promise.all(
    store.list().map(async ({ id }) => {
      try {
        const wipe = await sessions.wipeShortLived(id, listed.has(id));
        const kept = wipe.keptInKeychain;
        if (kept) {
          const next = kept.retrying
            ? 'they are gone from memory, and deleting them is retried'
            : 'the next refresh replaces them';
          log.warn(
            `The keychain kept the ID and access tokens of profile ${id}; ${next}.`,
            kept.error,
          );
        }
        return wipe.held && !kept;
      } catch (error) {
        log.warn(`The lock wipe of profile ${id} failed.`, error);
        return false;
      }
    }),
  );
  return done.filter(Boolean).length;
}
