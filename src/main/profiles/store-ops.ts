// Profile operations on loaded store data, as pure functions; ProfileStore runs them inside
// the lock + re-read + write cycle.
import type { ZodError } from 'zod';
import {
  issueSentences,
  nameKey,
  ProfileInputSchema,
  ProfilePatchSchema,
  ProfileSchema,
  type NewProfile,
  type Profile,
} from '../../shared/profile';
import { sameIdentity } from '../../shared/profile-checks';
import { fieldsUnusedBy } from '../../shared/sign-in-kinds';
import { ProfileError } from '../../shared/errors';
import type { StoreData } from './store-data';

/** The profile whose id is `idOrName`, else the one with that name in any case. */
export function findProfile(data: StoreData, idOrName: string): Profile | undefined {
  const key = nameKey(idOrName);
  return (
    data.profiles.find((p) => p.id === idOrName) ??
    data.profiles.find((p) => nameKey(p.name) === key)
  );
}

/** Like findProfile, but a missing profile is a ProfileError('not-found'). */
export function requireProfile(data: StoreData, idOrName: string): Profile {
  const profile = findProfile(data, idOrName);
  if (profile) return profile;
  throw new ProfileError(
    'not-found',
    `No profile is named ${JSON.stringify(idOrName)} or has it as id.`,
  );
}

function invalid(error: ZodError): ProfileError {
  const n = error.issues.length;
  return new ProfileError(
    'invalid-profile',
    `The profile is not valid: ${n} ${n === 1 ? 'field needs' : 'fields need'} fixing.`,
    issueSentences(error),
  );
}

/** Validates a new profile as given by a caller; throws ProfileError('invalid-profile'). */
export function parseNewProfile(input: unknown): NewProfile {
  const parsed = ProfileInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

function assertNameFree(data: StoreData, name: string, exceptId?: string): void {
  const key = nameKey(name);
  const taken = data.profiles.find((p) => nameKey(p.name) === key && p.id !== exceptId);
  if (taken) {
    throw new ProfileError(
      'duplicate-name',
      `A profile named ${JSON.stringify(taken.name)} already exists; choose another name.`,
    );
  }
}

/** Adds a validated profile under `id`; names must be unique regardless of case. */
export function insertProfile(data: StoreData, profile: NewProfile, id: string): Profile {
  assertNameFree(data, profile.name);
  const stored = ProfileSchema.parse({ ...profile, id });
  data.profiles.push(stored);
  return stored;
}

/** Applies a patch (absent keys stay, null clears) and re-validates the whole profile. */
export function patchProfile(data: StoreData, idOrName: string, patch: unknown): Profile {
  const current = requireProfile(data, idOrName);
  const parsedPatch = ProfilePatchSchema.safeParse(patch);
  if (!parsedPatch.success) throw invalid(parsedPatch.error);
  const merged: Record<string, unknown> = { ...current };
  // Typed as unknown on purpose: a key present with the value undefined must not erase a field.
  const entries: [string, unknown][] = Object.entries(parsedPatch.data);
  for (const [key, value] of entries) {
    if (value === null) Reflect.deleteProperty(merged, key);
    else if (value !== undefined) merged[key] = value;
  }
  // A new pool id brings its own region unless the patch states one to check against.
  if (parsedPatch.data.userPoolId !== undefined && parsedPatch.data.region === undefined) {
    Reflect.deleteProperty(merged, 'region');
  }
  // A new sign-in kind drops what only the old one used (the flow, a remembered password, a
  // redirect URI…), so switching kinds is one change; a field the patch itself sets is kept
  // and, if the new kind does not use it, refused with its sentence.
  const { signIn } = parsedPatch.data;
  if (signIn !== undefined && signIn !== current.signIn) {
    for (const key of fieldsUnusedBy(signIn)) {
      if (parsedPatch.data[key] === undefined) Reflect.deleteProperty(merged, key);
    }
  }
  const parsed = ProfileSchema.safeParse(merged);
  if (!parsed.success) throw invalid(parsed.error);
  assertNameFree(data, parsed.data.name, current.id);
  data.profiles = data.profiles.map((p) => (p.id === current.id ? parsed.data : p));
  return parsed.data;
}

/** Removes a profile (and the active mark if it was active); the secret index is the vault's to clean. */
export function deleteProfile(data: StoreData, idOrName: string): Profile {
  const removed = requireProfile(data, idOrName);
  data.profiles = data.profiles.filter((p) => p.id !== removed.id);
  if (data.activeProfileId === removed.id) delete data.activeProfileId;
  return removed;
}

/** What an import did: new profiles, replaced ones (with what they were), and skipped names. */
export interface ImportResult {
  added: Profile[];
  /** When previous.id !== profile.id the sign-in identity changed: delete previous's keychain items. */
  replaced: { previous: Profile; profile: Profile }[];
  skipped: { name: string; reason: string }[];
}

/** What to do with an imported profile whose name is taken (see IMPORT_CHOICES in the contract). */
export type ImportChoice = 'skip' | 'replace' | 'keep-both';

/** What an import does per name: `choices` (by nameKey) first; else a taken name is replaced when `overwrite`, skipped otherwise. */
export interface ImportPolicy {
  overwrite: boolean;
  choices?: ReadonlyMap<string, ImportChoice>;
}

/** `name (2)`, `name (3)`…: the first that no profile has (cut to the 64 characters a name may have). */
export function freeName(data: StoreData, name: string): string {
  const taken = new Set(data.profiles.map((p) => nameKey(p.name)));
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 64 - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** Adds imported profiles; a taken name is skipped, replaced or kept beside, as the policy says. */
export function applyImport(
  data: StoreData,
  profiles: readonly NewProfile[],
  policy: ImportPolicy,
  newId: () => string,
): ImportResult {
  const result: ImportResult = { added: [], replaced: [], skipped: [] };
  for (const profile of profiles) {
    const key = nameKey(profile.name);
    const previous = data.profiles.find((p) => nameKey(p.name) === key);
    const chosen = policy.choices?.get(key);
    if (chosen === 'skip') {
      result.skipped.push({ name: profile.name, reason: 'Skipped, as chosen.' });
    } else if (!previous) {
      result.added.push(insertProfile(data, profile, newId()));
    } else if (chosen === 'keep-both') {
      const renamed = { ...profile, name: freeName(data, profile.name) };
      result.added.push(insertProfile(data, renamed, newId()));
    } else if (chosen !== 'replace' && !policy.overwrite) {
      const reason = `A profile named ${JSON.stringify(previous.name)} already exists; import with overwrite to replace it.`;
      result.skipped.push({ name: profile.name, reason });
    } else {
      // Same identity keeps the id, so the session, the active mark and keychain items still fit.
      const stored = ProfileSchema.parse({
        ...profile,
        id: sameIdentity(profile, previous) ? previous.id : newId(),
      });
      data.profiles = data.profiles.map((p) => (p.id === previous.id ? stored : p));
      if (data.activeProfileId === previous.id) data.activeProfileId = stored.id;
      result.replaced.push({ previous, profile: stored });
    }
  }
  return result;
}
