// Turns whatever is in the profile file into store data, or says why it cannot. Pure: the
// caller moves a corrupt file aside and writes what was salvaged.
//
// Partial corruption: when the file is JSON but fails the schema, every profile that is valid
// on its own (and whose id and name are not taken by an earlier one) is kept, as are valid
// secret-index entries, the settings if valid, and the active profile if it was kept. The
// whole original file is backed up and the caller reports what was left out.
import { issueSentences, nameKey, ProfileSchema, type Profile } from '../../shared/profile';
import { declaredVersion, migrate, type RawStore } from './migrations';
import {
  emptyStoreData,
  SecretIndexEntrySchema,
  SettingsSchema,
  STORE_SCHEMA_VERSION,
  StoreDataSchema,
  type SecretIndexEntry,
  type StoreData,
} from './store-data';

/** What a read found. */
export type DecodedStore =
  | { kind: 'ok'; data: StoreData; migratedFrom?: number }
  | { kind: 'corrupt'; reason: string; details: string[]; salvaged: StoreData }
  | { kind: 'newer'; version: number };

// conf keeps its own bookkeeping under this key; it is not ours to validate.
const CONF_INTERNAL_KEY = '__internal__';

/** Decodes a raw store object (what conf read) into data, a corruption verdict, or "too new". */
export function decodeStore(raw: RawStore): DecodedStore {
  const own = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== CONF_INTERNAL_KEY));
  if (Object.keys(own).length === 0) return { kind: 'ok', data: emptyStoreData() };
  const version = declaredVersion(own);
  if (version === null) {
    return corrupt(
      own,
      ['schemaVersion: is not a whole number.'],
      'its schemaVersion is not a number',
    );
  }
  if (version > STORE_SCHEMA_VERSION) return { kind: 'newer', version };
  const migrated = migrate(own, version);
  const parsed = StoreDataSchema.safeParse(migrated);
  if (parsed.success) {
    return version < STORE_SCHEMA_VERSION
      ? { kind: 'ok', data: parsed.data, migratedFrom: version }
      : { kind: 'ok', data: parsed.data };
  }
  return corrupt(migrated, issueSentences(parsed.error), 'it failed validation');
}

/** The verdict for a file that is not JSON at all: nothing can be salvaged. */
export function unparsable(why: string): DecodedStore {
  return {
    kind: 'corrupt',
    reason: `The profile file could not be read because ${why}; it was set aside and the store started empty.`,
    details: [],
    salvaged: emptyStoreData(),
  };
}

function corrupt(raw: RawStore, details: string[], why: string): DecodedStore {
  const items: unknown[] = Array.isArray(raw.profiles) ? raw.profiles : [];
  const profiles = keepValidProfiles(items);
  const ids = new Set(profiles.map((p) => p.id));
  const active = raw.activeProfileId;
  const salvaged: StoreData = {
    schemaVersion: STORE_SCHEMA_VERSION,
    profiles,
    secretIndex: keepValidIndex(raw.secretIndex),
    settings: SettingsSchema.safeParse(raw.settings).data ?? {},
    ...(typeof active === 'string' && ids.has(active) ? { activeProfileId: active } : {}),
  };
  const left = items.length - profiles.length;
  const total = items.length;
  const kept =
    left > 0
      ? `${left} of ${total} profiles ${left === 1 ? 'was' : 'were'} left out and the rest kept`
      : total === 0
        ? 'it held no profiles to keep'
        : `${total === 1 ? 'its one profile was' : `all ${total} profiles were`} kept`;
  return {
    kind: 'corrupt',
    reason: `The profile file could not be used as it was because ${why}; it was set aside and ${kept}.`,
    details,
    salvaged,
  };
}

function keepValidProfiles(items: unknown[]): Profile[] {
  const kept: Profile[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const item of items) {
    const parsed = ProfileSchema.safeParse(item);
    if (!parsed.success) continue;
    const { id, name } = parsed.data;
    if (ids.has(id) || names.has(nameKey(name))) continue;
    ids.add(id);
    names.add(nameKey(name));
    kept.push(parsed.data);
  }
  return kept;
}

function keepValidIndex(value: unknown): SecretIndexEntry[] {
  const entries: unknown[] = Array.isArray(value) ? value : [];
  const seen = new Set<string>();
  return entries.flatMap((entry) => {
    const parsed = SecretIndexEntrySchema.safeParse(entry);
    if (!parsed.success) return [];
    const key = `${parsed.data.profileId}\u0000${parsed.data.kind}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [parsed.data];
  });
}
