// The quick answer for `exec`, `env` and `aws-credentials` when the keychain already holds what
// they hand out: the profile file read as JSON (no zod, no store), fresh cached tokens, and an
// identity pool's AWS credentials good for five more minutes. When anything is missing, due or
// unclear, these return null and the full path (the facade) refreshes, fetches and explains.
import type { TokenSet } from '../shared/auth';
import { identityPoolRegion } from '../shared/identity-pool';
import { isRecord } from '../shared/records';
import { isUsable, readAwsCredentials } from '../main/sessions/aws-credential-cache';
import {
  freshCachedTokens,
  pickProfileEntry,
  pickRawProfile,
  readOnlyVault,
  readProfileFile,
  type FastTokenRequest,
  type RawProfile,
} from './fast-token';
import type { RegionalCredentials, VariableProfile } from './session-variables';

/** What the quick readers need of a profile beyond RawProfile. */
export interface RawSessionProfile extends RawProfile, VariableProfile {
  identityPoolId?: string;
}

/** A cached session as the quick path found it. */
export interface FastSession {
  profile: RawSessionProfile;
  tokens: TokenSet;
  aws?: RegionalCredentials;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The profile with the fields the variables name, or null when any is missing or odd. */
export function pickSessionProfile(file: unknown, idOrName?: string): RawSessionProfile | null {
  const raw = pickRawProfile(file, idOrName);
  const entry = pickProfileEntry(file, idOrName)?.entry;
  if (!raw || !isRecord(entry)) return null;
  const [name, signIn, userPoolId, clientId, region] = [
    entry.name,
    entry.signIn,
    entry.userPoolId,
    entry.clientId,
    entry.region,
  ].map(str);
  if (!name || !signIn || !userPoolId || !clientId || region === undefined) return null;
  const profile: RawSessionProfile = { ...raw, name, signIn, userPoolId, clientId, region };
  const username = str(entry.username);
  if (username !== undefined) profile.username = username;
  const identityPoolId = str(entry.identityPoolId);
  if (identityPoolId !== undefined) profile.identityPoolId = identityPoolId;
  return profile;
}

/** The identity pool's cached AWS credentials while good for five more minutes, else null. */
export async function usableAwsCredentials(
  request: FastTokenRequest,
  profile: RawSessionProfile,
): Promise<RegionalCredentials | null> {
  const region = profile.identityPoolId && identityPoolRegion(profile.identityPoolId);
  if (!region) return null;
  try {
    const vault = await readOnlyVault(request);
    const cached = await readAwsCredentials(vault, profile.id);
    if (!cached || !isUsable(cached, (request.now ?? Date.now()) + profile.driftMs)) return null;
    request.log.addSecret(cached.secretAccessKey);
    request.log.addSecret(cached.sessionToken);
    return { ...cached, region };
  } catch {
    return null;
  }
}

/** Fresh cached tokens (and AWS credentials, with an identity pool), or null for the full path. */
export async function cachedSessionFast(request: FastTokenRequest): Promise<FastSession | null> {
  const profile = pickSessionProfile(readProfileFile(request.dataDir), request.idOrName);
  if (!profile) return null;
  // The tokens and the AWS credentials are read at once: each read is a keychain round trip.
  const pooled = profile.identityPoolId !== undefined;
  const [tokens, aws] = await Promise.all([
    freshCachedTokens(request, profile),
    pooled ? usableAwsCredentials(request, profile) : null,
  ]);
  if (!tokens) return null;
  if (!pooled) return { profile, tokens };
  return aws ? { profile, tokens, aws } : null;
}

/** The cached AWS credentials of the profile, or null for the full path. */
export async function cachedAwsFast(
  request: FastTokenRequest,
): Promise<RegionalCredentials | null> {
  const profile = pickSessionProfile(readProfileFile(request.dataDir), request.idOrName);
  return profile ? usableAwsCredentials(request, profile) : null;
}
