// Upgrades of the profile file, one step per schema version, run on read. A step takes the
// raw object of version N and returns version N+1; it must not throw on odd input (the schema
// check after the last step reports what is still wrong).
import { DEFAULT_REFRESH_AHEAD_SECONDS } from '../../shared/profile';
import { STORE_SCHEMA_VERSION } from './store-data';
import { isRecord } from '../../shared/records';

/** The profile file before validation. */
export type RawStore = Record<string, unknown>;

/**
 * v0 (the pre-release shape): no schemaVersion, no secretIndex or settings, and profiles
 * without refreshAheadSeconds, rememberPassword or refreshRotation.
 */
function fromV0(raw: RawStore): RawStore {
  const profiles = Array.isArray(raw.profiles)
    ? raw.profiles.map((p: unknown) =>
        isRecord(p)
          ? {
              refreshAheadSeconds: DEFAULT_REFRESH_AHEAD_SECONDS,
              rememberPassword: false,
              refreshRotation: false,
              ...p,
            }
          : p,
      )
    : (raw.profiles ?? []);
  return {
    ...raw,
    schemaVersion: 1,
    profiles,
    secretIndex: raw.secretIndex ?? [],
    settings: raw.settings ?? {},
  };
}

/**
 * v1: every profile signed in with a password, so none says how it signs in. v2 adds signIn
 * ('password', 'browser' or 'client-credentials') and the managed-login fields; every v1
 * profile becomes a password profile, as it was.
 */
function fromV1(raw: RawStore): RawStore {
  const profiles = Array.isArray(raw.profiles)
    ? raw.profiles.map((p: unknown) => (isRecord(p) ? { signIn: 'password', ...p } : p))
    : raw.profiles;
  return { ...raw, schemaVersion: 2, profiles };
}

/** Upgrade steps keyed by the version they upgrade from: MIGRATIONS[0] turns v0 into v1. */
export const MIGRATIONS: Readonly<Record<number, (raw: RawStore) => RawStore>> = {
  0: fromV0,
  1: fromV1,
};

/** Runs every step from `from` up to `to` (the current version by default). */
export function migrate(raw: RawStore, from: number, to: number = STORE_SCHEMA_VERSION): RawStore {
  let current = raw;
  for (let version = from; version < to; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from profile schema version ${version}.`);
    current = step(current);
  }
  return current;
}

/** The version a raw file declares: a missing schemaVersion means v0; null when it is not a version. */
export function declaredVersion(raw: RawStore): number | null {
  const version = raw.schemaVersion ?? 0;
  return Number.isInteger(version) && (version as number) >= 0 ? (version as number) : null;
}
