// The profile store: every operation the app and the CLI need, over an injected conf-like
// backend (conf in plain Node, electron-store in the app). Each change runs as lock + re-read
// + modify + write + unlock, so the app and the CLI can write at the same time.
import { randomUUID } from 'node:crypto';
import type { NewProfile, Profile, ProfileInput, ProfilePatch } from '../../shared/profile';
import { ProfileError } from '../../shared/errors';
import { buildExport, type ProfileExport } from './export-file';
import { SecretIndexEntrySchema, type SecretIndexEntry, type Settings } from './store-data';
import {
  StoreFile,
  type RecoveryNotice,
  type StoreBackend,
  type StoreFileOptions,
} from './store-file';
import {
  applyImport,
  deleteProfile,
  findProfile,
  insertProfile,
  parseNewProfile,
  patchProfile,
  requireProfile,
  type ImportPolicy,
  type ImportResult,
} from './store-ops';

/** Store tuning; `newId` and `now` exist for tests. */
export interface ProfileStoreOptions extends StoreFileOptions {
  newId?: () => string;
}

/** Profiles, the active profile, the secret index and settings, in one file shared by app and CLI. */
export class ProfileStore {
  readonly #file: StoreFile;
  readonly #newId: () => string;

  constructor(backend: StoreBackend, options: ProfileStoreOptions = {}) {
    this.#file = new StoreFile(backend, options);
    this.#newId = options.newId ?? randomUUID;
  }

  /** The profile file's path. */
  get path(): string {
    return this.#file.path;
  }

  /** After a corrupt file was set aside: where the backup is and why; returned once (reads the file if nothing has yet). */
  takeRecoveryNotice(): RecoveryNotice | undefined {
    return this.#file.takeNotice();
  }

  /** Every profile, in the order they were added. */
  list(): Profile[] {
    return this.#file.read().profiles;
  }

  /** The profile with this id, or with this name in any case; undefined when none. */
  find(idOrName: string): Profile | undefined {
    return findProfile(this.#file.read(), idOrName);
  }

  /** Like find, but a missing profile throws ProfileError('not-found'). */
  get(idOrName: string): Profile {
    return requireProfile(this.#file.read(), idOrName);
  }

  /** Validates and adds a profile with a fresh id; names are unique regardless of case. */
  add(input: ProfileInput): Profile {
    const profile: NewProfile = parseNewProfile(input);
    return this.#file.mutate((data) => insertProfile(data, profile, this.#newId()));
  }

  /** Changes a profile (absent keys stay, null clears label, colour or endpoint). */
  update(idOrName: string, patch: ProfilePatch): Profile {
    return this.#file.mutate((data) => patchProfile(data, idOrName, patch));
  }

  /** Removes a profile and returns it, so the caller can delete its keychain items. */
  remove(idOrName: string): Profile {
    return this.#file.mutate((data) => deleteProfile(data, idOrName));
  }

  /** Marks a profile as the one the CLI and the tray use when none is named. */
  setActive(idOrName: string): Profile {
    return this.#file.mutate((data) => {
      const profile = requireProfile(data, idOrName);
      data.activeProfileId = profile.id;
      return profile;
    });
  }

  /** The active profile, if one is set. */
  getActive(): Profile | undefined {
    const data = this.#file.read();
    return data.profiles.find((p) => p.id === data.activeProfileId);
  }

  /** Records that the vault keeps a keychain item of `kind` for a profile (idempotent). */
  addSecretIndex(profileId: string, kind: string): void {
    const entry = parseIndexEntry(profileId, kind);
    this.#file.mutate((data) => {
      const present = data.secretIndex.some((e) => e.profileId === profileId && e.kind === kind);
      if (!present) data.secretIndex.push(entry);
    });
  }

  /** Forgets a keychain item of the index (idempotent). */
  removeSecretIndex(profileId: string, kind: string): void {
    this.#file.mutate((data) => {
      data.secretIndex = data.secretIndex.filter(
        (e) => e.profileId !== profileId || e.kind !== kind,
      );
    });
  }

  /** Every keychain item the vault keeps, as recorded; listing the keychain is never needed. */
  listSecretIndex(): SecretIndexEntry[] {
    return this.#file.read().secretIndex;
  }

  /** The settings object; each owner parses its keys with its own schema. */
  getSettings(): Settings {
    return this.#file.read().settings;
  }

  /** Merges `patch` into the settings (null removes a key) and returns the result. */
  updateSettings(patch: Readonly<Record<string, Settings[string] | null>>): Settings {
    return this.#file.mutate((data) => {
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) Reflect.deleteProperty(data.settings, key);
        else data.settings[key] = value;
      }
      return data.settings;
    });
  }

  /** The export of the given profiles (default: all): no ids, no secrets. */
  exportProfiles(idsOrNames?: readonly string[]): ProfileExport {
    const data = this.#file.read();
    const profiles = idsOrNames
      ? idsOrNames.map((key) => requireProfile(data, key))
      : data.profiles;
    return buildExport(profiles, new Date());
  }

  /** Adds parsed import profiles in one change; a taken name as the policy says (default: skip). */
  importProfiles(
    profiles: readonly NewProfile[],
    policy: Partial<ImportPolicy> = {},
  ): ImportResult {
    const checked = profiles.map((p) => parseNewProfile(p));
    const full = { ...policy, overwrite: policy.overwrite ?? false };
    return this.#file.mutate((data) => applyImport(data, checked, full, this.#newId));
  }
}

function parseIndexEntry(profileId: string, kind: string): SecretIndexEntry {
  const parsed = SecretIndexEntrySchema.safeParse({ profileId, kind });
  if (parsed.success) return parsed.data;
  throw new ProfileError(
    'invalid-profile',
    `${JSON.stringify(kind)} cannot be recorded as a secret kind for profile ${JSON.stringify(profileId)}.`,
  );
}
