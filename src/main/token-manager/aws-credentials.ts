// AWS credentials for a profile with an identity pool: the keychain's cached set while it is good
// for five more minutes, else a new set for a fresh ID token, fetched once however many ask (one
// flight per process, a lock file across processes, as token refresh does).
import type { Profile } from '../../shared/profile';
import { AuthError } from '../../shared/errors';
import { decodeJwtPayload } from '../cognito/jwt';
import type { AwsCredentials, CredentialsRequest } from '../identity';
import type { AppLog } from '../log/file-log';
import type { ProfileStore } from '../profiles/profile-store';
import type { SecretVault } from '../secrets/types';
import {
  isUsable,
  readAwsCredentials,
  writeAwsCredentials,
  type CachedAwsCredentials,
} from '../sessions/aws-credential-cache';
import { SingleFlight } from '../concurrency/single-flight';
import type { TokenSet } from '../../shared/auth';
import type { ProfileLock } from './refresh-lock';
import { identityPoolRegion } from '../../shared/identity-pool';

/** A usable set with what a caller shows beside it (neither the region nor the id is secret). */
export interface AwsCredentialSet extends CachedAwsCredentials {
  /** The identity pool's region: where AWS_REGION points. */
  region: string;
  /** Undefined only when the set came from the keychain and the store lost the id. */
  identityId?: string;
}

/** Loads the Cognito Identity module (and the SDK) when a new set is due. */
export type LoadIdentity = () => Promise<{
  fetchAwsCredentials: (request: CredentialsRequest) => Promise<AwsCredentials>;
}>;

/** What the source needs from the facade. */
export interface AwsCredentialDeps {
  store: ProfileStore;
  /** The registering vault: every value read or written is masked in the log. */
  vault: SecretVault;
  log: AppLog;
  freshTokens: (profileId: string) => Promise<TokenSet>;
  /** Cross-process lock per profile (absent: this process only). */
  lock?: ProfileLock | undefined;
  /** Milliseconds to add to the local clock to get AWS's (the profile's measured drift). */
  driftMs: (profileId: string) => number;
  timeoutMs?: number | undefined;
  now?: () => number;
  loadIdentity?: LoadIdentity;
}

const loadIdentityModule: LoadIdentity = () => import('../identity/index.js');

// The identity id is per user and per identity pool: another user or pool asks GetId again.
const identityKey = (profileId: string): string => `identityId:${profileId}`;

interface StoredIdentity {
  identityPoolId: string;
  sub: string;
  identityId: string;
}

function asStoredIdentity(value: unknown): StoredIdentity | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { identityPoolId, sub, identityId } = value as Record<string, unknown>;
  if (typeof identityPoolId !== 'string' || typeof sub !== 'string') return undefined;
  return typeof identityId === 'string' ? { identityPoolId, sub, identityId } : undefined;
}

function noIdToken(profile: Profile): AuthError {
  return new AuthError(
    'invalid-input',
    `Profile "${profile.name}" signs in as an app client (M2M), which has no ID token to trade for AWS credentials.`,
  );
}

/** The identity pool a profile trades its ID token at; one sentence when it cannot. */
export function requireIdentityPool(profile: Profile): string {
  if (profile.signIn === 'client-credentials') throw noIdToken(profile);
  if (profile.identityPoolId === undefined) {
    throw new AuthError(
      'invalid-input',
      `Profile "${profile.name}" has no identity pool: add one with cognito-tokens profiles edit ${profile.name} --identity-pool-id REGION:GUID.`,
    );
  }
  return profile.identityPoolId;
}

/** Hands out AWS credentials for profiles with an identity pool. */
export class AwsCredentialSource {
  readonly #flights = new SingleFlight<AwsCredentialSet>();
  readonly #now: () => number;

  readonly #deps: AwsCredentialDeps;
  constructor(deps: AwsCredentialDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** A set good for at least five more minutes: the keychain's, else a new one. */
  async credentials(profile: Profile): Promise<AwsCredentialSet> {
    const poolId = requireIdentityPool(profile);
    const cached = await this.#cached(profile);
    if (cached) return cached;
    return this.#flights.run(profile.id, () => {
      const work = () => this.#renew(profile, poolId);
      return this.#deps.lock ? this.#deps.lock(profile.id, work) : work();
    });
  }

  /** What the window shows: the identity id and the cached set's expiry; never a secret. */
  async describe(profile: Profile): Promise<{ identityId?: string; expiresAt?: number }> {
    if (profile.identityPoolId === undefined) return {};
    const stored = this.#storedIdentity(profile.id);
    const cached = await readAwsCredentials(this.#deps.vault, profile.id).catch(() => null);
    return {
      ...(stored?.identityPoolId === profile.identityPoolId
        ? { identityId: stored.identityId }
        : {}),
      ...(cached ? { expiresAt: cached.expiration - this.#deps.driftMs(profile.id) } : {}),
    };
  }

  async #cached(profile: Profile): Promise<AwsCredentialSet | null> {
    const cached = await readAwsCredentials(this.#deps.vault, profile.id).catch(
      (error: unknown) => {
        this.#deps.log.warn(
          `The AWS credentials of profile ${profile.id} could not be read.`,
          error,
        );
        return null;
      },
    );
    if (!cached || !isUsable(cached, this.#now() + this.#deps.driftMs(profile.id))) return null;
    const stored = this.#storedIdentity(profile.id);
    return {
      ...cached,
      region: identityPoolRegion(requireIdentityPool(profile)) ?? profile.region,
      ...(stored ? { identityId: stored.identityId } : {}),
    };
  }

  async #renew(profile: Profile, identityPoolId: string): Promise<AwsCredentialSet> {
    // Another process may have fetched a set while this one waited for the lock.
    const fetchedMeanwhile = await this.#cached(profile);
    if (fetchedMeanwhile) return fetchedMeanwhile;
    const tokens = await this.#deps.freshTokens(profile.id);
    if (!tokens.idToken) throw noIdToken(profile);
    const sub = decodeJwtPayload(tokens.idToken, 'an id token').sub;
    const stored = this.#storedIdentity(profile.id);
    const known =
      stored && stored.identityPoolId === identityPoolId && stored.sub === sub
        ? stored.identityId
        : undefined;
    const identity = await (this.#deps.loadIdentity ?? loadIdentityModule)();
    const fetched = await identity.fetchAwsCredentials({
      identityPoolId,
      userPoolId: profile.userPoolId,
      userPoolRegion: profile.region,
      clientId: profile.clientId,
      idToken: tokens.idToken,
      roleArn: profile.roleArn,
      identityId: known,
      endpoint: profile.endpoint,
      timeoutMs: this.#deps.timeoutMs,
    });
    this.#deps.log.addSecret(fetched.secretAccessKey);
    this.#deps.log.addSecret(fetched.sessionToken);
    if (fetched.identityId !== known && typeof sub === 'string') {
      const record: StoredIdentity = { identityPoolId, sub, identityId: fetched.identityId };
      this.#deps.store.updateSettings({ [identityKey(profile.id)]: { ...record } });
    }
    const { identityId, ...set } = fetched;
    await writeAwsCredentials(this.#deps.vault, profile.id, set).catch((error: unknown) => {
      // Still good to hand out; the next run fetches again rather than read a broken set.
      this.#deps.log.warn(`The AWS credentials of profile ${profile.id} were not cached.`, error);
    });
    return { ...set, identityId, region: identityPoolRegion(identityPoolId) ?? profile.region };
  }

  #storedIdentity(profileId: string): StoredIdentity | undefined {
    return asStoredIdentity(this.#deps.store.getSettings()[identityKey(profileId)]);
  }
}
