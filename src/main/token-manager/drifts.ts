// Each profile's clock drift, kept in the store's settings (not a secret) with the wall and boot
// clocks of its measurement: the app and the CLI measure it whenever tokens arrive and both use
// it, the CLI's fast token path included; a step of the wall clock since makes it stale.
import type { ProfileStore } from '../profiles/profile-store';
import {
  bootClockMs,
  driftKey,
  driftNow,
  driftRecordKey,
  type ClockDrifts,
  type DriftRecord,
} from '../sessions/clock-drift';

/** The two clocks a drift is anchored to; real ones unless a test says. */
export interface DriftClocks {
  wall: () => number;
  boot: () => number;
}

const REAL_CLOCKS: DriftClocks = { wall: Date.now, boot: bootClockMs };

/** ClockDrifts backed by the profile store: one settings key per profile. */
export function storeDrifts(store: ProfileStore, clocks: DriftClocks = REAL_CLOCKS): ClockDrifts {
  const now = (profileId: string) =>
    driftNow(store.getSettings(), profileId, clocks.wall(), clocks.boot());
  return {
    get: (profileId) => now(profileId).driftMs,
    stale: (profileId) => now(profileId).stale,
    set(profileId, driftMs) {
      const record: DriftRecord = {
        driftMs: Math.round(driftMs),
        wallAt: clocks.wall(),
        bootAt: Math.round(clocks.boot()),
      };
      // The unanchored value of older versions goes: the anchored one replaces it.
      store.updateSettings({
        [driftRecordKey(profileId)]: { ...record },
        [driftKey(profileId)]: null,
      });
    },
  };
}

/** Every profile's drift now from one read of the store (a read parses the whole file). */
export function driftSnapshot(
  store: ProfileStore,
  profileIds: readonly string[],
  clocks: DriftClocks = REAL_CLOCKS,
): Map<string, number> {
  const settings = store.getSettings();
  const [wall, boot] = [clocks.wall(), clocks.boot()];
  const drifts = new Map<string, number>();
  for (const profileId of profileIds) {
    const { driftMs } = driftNow(settings, profileId, wall, boot);
    if (driftMs !== 0) drifts.set(profileId, driftMs);
  }
  return drifts;
}
