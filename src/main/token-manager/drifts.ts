// Each profile's clock drift, kept in the store's settings (not a secret): the app and the CLI
// measure it whenever tokens arrive and both use it, the CLI's fast token path included.
import type { ProfileStore } from '../profiles/profile-store';
import { driftKey, type ClockDrifts } from '../sessions/clock-drift';

/** ClockDrifts backed by the profile store: one settings key per profile. */
export function storeDrifts(store: ProfileStore): ClockDrifts {
  return {
    get(profileId) {
      const value = store.getSettings()[driftKey(profileId)];
      return typeof value === 'number' && Number.isFinite(value) ? value : 0;
    },
    set(profileId, driftMs) {
      store.updateSettings({ [driftKey(profileId)]: driftMs === 0 ? null : Math.round(driftMs) });
    },
  };
}

/** Every profile's drift from one read of the store (a read parses the whole file). */
export function driftSnapshot(
  store: ProfileStore,
  profileIds: readonly string[],
): Map<string, number> {
  const settings = store.getSettings();
  const drifts = new Map<string, number>();
  for (const profileId of profileIds) {
    const value = settings[driftKey(profileId)];
    if (typeof value === 'number' && Number.isFinite(value) && value !== 0) {
      drifts.set(profileId, value);
    }
  }
  return drifts;
}
