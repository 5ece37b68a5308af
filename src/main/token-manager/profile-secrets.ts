// Profile changes that touch the keychain too: the store holds the profile, the vault its
// client secret, remembered password and tokens, and the two must not drift apart.
import { forgetAwsCredentials } from '../sessions/aws-credential-cache';
import { type Profile, type ProfileInput, type ProfilePatch } from '../../shared/profile';
import { sameIdentity } from '../../shared/profile-checks';
import { ProfileError, type AuthError, isVaultError, type VaultError } from '../../shared/errors';
import {
  parseImportFile,
  readImportFile,
  type ImportOptions,
  type ImportSource,
} from '../profiles/import-file';
import type { ProfileStore } from '../profiles/profile-store';
import { patchProfile, type ImportPolicy, type ImportResult } from '../profiles/store-ops';
import { emptyStoreData } from '../profiles/store-data';
import { notRevokedSentence } from '../../shared/outcome-words';
import type { SecretVault } from '../secrets/types';
import { bindingChanges, clearDroppedSecret, noteDroppedSecret } from './secret-binding';

/** Secrets given with a new profile; each goes to the keychain, never the store. */
export interface ProfileSecrets {
  /** Stored as 'client-secret'; implies hasClientSecret. */
  clientSecret?: string;
  /** Stored as 'password' only when the profile has rememberPassword. */
  password?: string;
}

/** Secret changes with an edit: a string sets the client secret, null removes it. */
export interface ProfileSecretEdits {
  clientSecret?: string | null;
  password?: string;
}

/** What the profile helpers need from the facade. */
export interface ProfileDeps {
  store: ProfileStore;
  vault: SecretVault;
  /** Drops the session (state, sign-in, tokens in memory) of a profile. */
  forgetSession(profileId: string): void;
  /** Drops the cached engine, which holds the connection and client secret. */
  dropEngine(profileId: string): void;
  /**
   * Revokes a refresh token at the host `profile` names (the profile as it was): undefined when
   * Cognito confirmed it (or no longer knew the token), else why it could not.
   */
  revoke(profile: Profile, held: HeldTokens): Promise<AuthError | undefined>;
}

/** The tokens a profile holds in the keychain, read before anything is dropped. */
export interface HeldTokens {
  refreshToken?: string;
  accessToken?: string;
}

/** What an edit did: the profile, and why its dropped refresh token could not be revoked. */
export interface EditOutcome {
  profile: Profile;
  notRevoked?: AuthError;
}

/** The profile's refresh and access tokens, or none when the keychain holds none (or refuses). */
async function heldTokens(vault: SecretVault, profileId: string): Promise<HeldTokens> {
  const read = (kind: 'refresh-token' | 'access-token') =>
    vault.get(profileId, kind).catch(() => null);
  const [refreshToken, accessToken] = [await read('refresh-token'), await read('access-token')];
  return {
    ...(refreshToken ? { refreshToken } : {}),
    ...(accessToken ? { accessToken } : {}),
  };
}

const SESSION_KINDS = ['id-token', 'access-token', 'refresh-token'] as const;

/** Adds a profile and puts its secrets in the keychain; a failed keychain write undoes the add. */
export async function addWithSecrets(
  deps: ProfileDeps,
  input: ProfileInput,
  secrets: ProfileSecrets,
): Promise<Profile> {
  if (secrets.clientSecret !== undefined && input.hasClientSecret === false) {
    throw new ProfileError(
      'invalid-profile',
      'A client secret was given for an app client marked as having none; drop one of the two.',
    );
  }
  const hasClientSecret = input.hasClientSecret ?? secrets.clientSecret !== undefined;
  const profile = deps.store.add({ ...input, hasClientSecret });
  try {
    if (secrets.clientSecret !== undefined) {
      await deps.vault.set(profile.id, 'client-secret', secrets.clientSecret);
    }
    if (secrets.password !== undefined && profile.rememberPassword) {
      await deps.vault.set(profile.id, 'password', secrets.password);
    }
  } catch (error) {
    deps.store.remove(profile.id);
    await deps.vault.deleteAll(profile.id).catch(() => 0);
    throw error;
  }
  return profile;
}

/**
 * Edits a profile and its secrets. When the sign-in identity changes (kind, domain, pool,
 * client, user or endpoint) the old tokens and remembered password belong to someone else:
 * they are deleted. The client secret is bound to the domain, endpoint, pool and client: a change
 * of any of them deletes it too, unless the edit brings a new one (secret-binding.ts).
 */
export async function editWithSecrets(
  deps: ProfileDeps,
  idOrName: string,
  patch: ProfilePatch,
  secrets: ProfileSecretEdits,
): Promise<EditOutcome> {
  const before = deps.store.get(idOrName);
  const withSecretFlag: ProfilePatch = { ...patch };
  if (typeof secrets.clientSecret === 'string') withSecretFlag.hasClientSecret = true;
  if (secrets.clientSecret === null) withSecretFlag.hasClientSecret = false;
  // The edit as it will land (the same checks, nothing written): a new identity's old tokens
  // are revoked first, at the old host with the old client secret, before anything moves.
  const prospect = patchProfile(
    { ...emptyStoreData(), profiles: deps.store.list() },
    before.id,
    withSecretFlag,
  );
  let notRevoked: AuthError | undefined;
  if (!sameIdentity(before, prospect)) {
    deps.forgetSession(before.id);
    notRevoked = await deps.revoke(before, await heldTokens(deps.vault, before.id));
  }
  const after = deps.store.update(before.id, withSecretFlag);
  try {
    await applySecretEdits(deps, before, after, secrets);
  } catch (error) {
    // The keychain refused (say the keyring locked): the profile goes back to what it was, so
    // the store never names a client secret or identity the keychain does not match.
    deps.store.update(before.id, revertPatch(before, after));
    deps.dropEngine(before.id);
    throw error;
  }
  deps.dropEngine(after.id);
  return notRevoked ? { profile: after, notRevoked } : { profile: after };
}

/** What a removal did: the profile, how many items went, and why any stayed. */
export interface RemoveOutcome {
  profile: Profile;
  removedSecrets: number;
  /** The keychain refused (locked): the items stay listed and a later start sweeps them. */
  notRemoved?: VaultError;
  /** Cognito did not confirm the refresh token's revocation: it stays valid until it expires. */
  notRevoked?: AuthError;
}

/**
 * The patch that puts back every field that differs between `before` and `after` (null clears
 * one that was unset): a change of kind clears fields the patch itself never named.
 */
function revertPatch(before: Profile, after: Profile): ProfilePatch {
  const was = before as Record<string, unknown>;
  const is = after as Record<string, unknown>;
  const revert: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
    // The region follows the pool id back by itself (an emulator's may be no AWS region).
    if (key === 'id' || key === 'region') continue;
    if (JSON.stringify(was[key]) === JSON.stringify(is[key])) continue;
    revert[key] = was[key] ?? null;
  }
  return revert;
}

async function applySecretEdits(
  deps: ProfileDeps,
  before: Profile,
  after: Profile,
  secrets: ProfileSecretEdits,
): Promise<void> {
  const { vault } = deps;
  if (!sameIdentity(before, after)) {
    // Forget first: a refresh in flight must not write the old user's tokens back afterwards.
    deps.forgetSession(after.id);
    for (const kind of SESSION_KINDS) await vault.delete(after.id, kind);
    await vault.delete(after.id, 'password');
  }
  if (
    !sameIdentity(before, after) ||
    before.identityPoolId !== after.identityPoolId ||
    before.roleArn !== after.roleArn
  ) {
    // AWS credentials belong to one identity pool, role and user: the next use fetches new ones.
    await forgetAwsCredentials(vault, after.id);
  }
  const moved = bindingChanges(before, after);
  if (typeof secrets.clientSecret === 'string') {
    await vault.set(after.id, 'client-secret', secrets.clientSecret);
    clearDroppedSecret(deps.store, after.id);
  } else if (!after.hasClientSecret) {
    await vault.delete(after.id, 'client-secret');
    clearDroppedSecret(deps.store, after.id);
  } else if (moved.length > 0) {
    // Given for the old host or client: sending it to the new one would hand it to a stranger.
    await vault.delete(after.id, 'client-secret');
    noteDroppedSecret(deps.store, after.id, moved);
  }
  if (!after.rememberPassword) await vault.delete(after.id, 'password');
  else if (secrets.password !== undefined) await vault.set(after.id, 'password', secrets.password);
}

/**
 * Revokes the profile's refresh token at Cognito, then removes the profile and every keychain
 * item it had; returns the profile, the item count, and what did not happen.
 */
export async function removeWithSecrets(
  deps: ProfileDeps,
  idOrName: string,
): Promise<RemoveOutcome> {
  const before = deps.store.get(idOrName);
  deps.forgetSession(before.id);
  const notRevoked = await deps.revoke(before, await heldTokens(deps.vault, before.id));
  const profile = deps.store.remove(before.id);
  deps.forgetSession(profile.id);
  deps.dropEngine(profile.id);
  clearDroppedSecret(deps.store, profile.id);
  const revocation = notRevoked ? { notRevoked } : {};
  try {
    return { profile, removedSecrets: await deps.vault.deleteAll(profile.id), ...revocation };
  } catch (error) {
    if (!isVaultError(error)) throw error;
    return { profile, removedSecrets: 0, notRemoved: error, ...revocation };
  }
}

/** How to import: the Amplify-file settings, and what to do with a taken name. */
export type ImportRequest = Omit<ImportOptions, 'fileName'> & Partial<ImportPolicy>;

/** What an import did, what kind of file it came from, and what to tell about it. */
export interface ImportOutcome extends ImportResult {
  source: ImportSource;
  /** Sentences for the person importing (a redirect URI to register, a profile not made). */
  notes: string[];
}

/** Where the import's text comes from: a file on disk, or text the window read from one. */
export type ImportInput = { filePath: string } | { fileName: string; text: string };

/** Imports a file; a replaced profile whose identity changed loses its session and keychain items. */
export async function importWithCleanup(
  deps: ProfileDeps,
  input: ImportInput,
  request: ImportRequest,
): Promise<ImportOutcome> {
  const { overwrite, choices, ...parseOptions } = request;
  const parsed =
    'filePath' in input
      ? readImportFile(input.filePath, parseOptions)
      : parseImportFile(input.text, { ...parseOptions, fileName: input.fileName });
  const result = deps.store.importProfiles(parsed.profiles, {
    overwrite: overwrite ?? false,
    ...(choices ? { choices } : {}),
  });
  const notes = [...parsed.notes];
  for (const { previous, profile } of result.replaced) {
    if (previous.id === profile.id) continue;
    deps.forgetSession(previous.id);
    const notRevoked = await deps.revoke(previous, await heldTokens(deps.vault, previous.id));
    if (notRevoked) notes.push(notRevokedSentence(previous.name, notRevoked));
    deps.dropEngine(previous.id);
    await deps.vault.deleteAll(previous.id);
  }
  return { source: parsed.source, ...result, notes };
}
