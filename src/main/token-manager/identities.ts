// The internal username (cognito:username) of each signed-in profile, kept in the store's
// settings: not a secret, and needed for SECRET_HASH at refresh when only the refresh token
// survived (an email-alias user's typed name is not it).
import type { ProfileStore } from '../profiles/profile-store';
import type { SessionIdentities } from '../sessions/types';

// One settings key per profile: each update is one locked write, so two processes never
// overwrite each other's entries.
const keyOf = (profileId: string): string => `internalUsername:${profileId}`;

/** SessionIdentities backed by the profile store. */
export function storeIdentities(store: ProfileStore): SessionIdentities {
  return {
    recall(profileId) {
      const value = store.getSettings()[keyOf(profileId)];
      return typeof value === 'string' ? value : undefined;
    },
    remember(profileId, username) {
      store.updateSettings({ [keyOf(profileId)]: username });
    },
    forget(profileId) {
      store.updateSettings({ [keyOf(profileId)]: null });
    },
  };
}
