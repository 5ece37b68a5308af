// Builds the Cognito engine for a profile, on demand, through the engine's loader
// (cognito/load-engine.ts): one engine per profile, its client secret from the vault.
import type { Profile } from '../../shared/profile';
import { endpointProblem } from '../../shared/sign-in-kinds';
import { AuthError } from '../../shared/errors';
import type { LoadEngine } from '../cognito/load-engine';
import type { CognitoEngine, PoolConnection } from '../cognito/types';
import type { SecretVault } from '../secrets/types';
import { vaultDeviceStore } from './device-store';
import type { TokenSet } from '../../shared/auth';
import type { BrowserSignInOptions } from '../sessions/types';
import type { BrowserSignOutOptions, BrowserSignOutOutcome } from '../oauth';
import {
  createOAuthEngine,
  loadOAuthModule,
  oauthConfigOf,
  type OAuthModule,
} from './oauth-engine';

/** What engineFor needs. */
export interface EngineSource {
  vault: SecretVault;
  loadEngine: LoadEngine;
  /** Loads the OAuth module (browser and M2M profiles); the real one unless a test says. */
  loadOAuth?: () => Promise<OAuthModule>;
  /** Per-request timeout for this process (the CLI's --timeout). */
  timeoutMs?: number;
  /** Why an edit dropped the profile's client secret ("its domain changed"), if it did. */
  droppedSecret?: (profileId: string) => string | undefined;
}

/**
 * The sentence for a profile whose app client needs a secret the keychain does not hold, with
 * the reason when an edit dropped it ("its domain changed").
 */
export function clientSecretMissing(profile: Profile, droppedBecause?: string): AuthError {
  const fix = `set it with cognito-tokens profiles edit ${profile.name} --client-secret-env VAR.`;
  return new AuthError(
    'client-secret-required',
    droppedBecause
      ? `Profile "${profile.name}" needs its app client secret again: it was removed when ${droppedBecause}, since a secret is only sent to the host and app client it was given for; give it in the profile form (Edit) or with cognito-tokens profiles edit ${profile.name} --client-secret-env VAR.`
      : `Profile "${profile.name}" needs its app client secret, which is not in the keychain: ${fix}`,
  );
}

/**
 * Refuses a profile whose endpoint is plain http to another computer (stored before the https
 * rule): nothing is sent over it, and the sentence says how to fix it. Never rewritten here.
 */
export function refuseUnsafeEndpoint(profile: Profile): void {
  const problem = profile.endpoint === undefined ? null : endpointProblem(profile.endpoint);
  if (problem === null) return;
  throw new AuthError(
    'invalid-input',
    `Profile "${profile.name}" cannot be used: its endpoint ${problem} Change it with cognito-tokens profiles edit ${profile.name} --endpoint https://… (or in the profile form).`,
  );
}

/** The connection fields that decide which engine a profile needs. */
function connectionOf(profile: Profile, clientSecret: string | undefined, timeoutMs?: number) {
  const conn: PoolConnection = {
    userPoolId: profile.userPoolId,
    clientId: profile.clientId,
    region: profile.region,
  };
  if (profile.endpoint !== undefined) conn.endpoint = profile.endpoint;
  if (clientSecret !== undefined) conn.clientSecret = clientSecret;
  if (timeoutMs !== undefined) conn.timeoutMs = timeoutMs;
  return conn;
}

/**
 * Returns engineFor(profile): the client secret comes from the vault, and one engine (one SDK
 * client) is kept per profile until its connection changes.
 */
export function createEngineSource(source: EngineSource): {
  engineFor(profile: Profile): Promise<CognitoEngine>;
  browserSignIn(profile: Profile, options: BrowserSignInOptions): Promise<TokenSet>;
  browserSignOut(profile: Profile, options: BrowserSignOutOptions): Promise<BrowserSignOutOutcome>;
  drop(profileId: string): void;
} {
  const engines = new Map<string, { key: string; engine: CognitoEngine }>();
  const loadOAuth = source.loadOAuth ?? loadOAuthModule;
  const secretOf = async (profile: Profile): Promise<string | undefined> => {
    // Every engine, sign-in and sign-out comes through here first: no request on plain http.
    refuseUnsafeEndpoint(profile);
    if (!profile.hasClientSecret) return undefined;
    const clientSecret = await source.vault.get(profile.id, 'client-secret');
    if (!clientSecret) throw clientSecretMissing(profile, source.droppedSecret?.(profile.id));
    return clientSecret;
  };
  const oauthConfigFor = async (profile: Profile) =>
    oauthConfigOf(profile, await secretOf(profile), source.timeoutMs);
  return {
    async engineFor(profile) {
      const clientSecret = await secretOf(profile);
      const conn = connectionOf(profile, clientSecret, source.timeoutMs);
      // Browser and M2M profiles refresh and sign out at the managed login's /oauth2 endpoints.
      const oauth =
        profile.signIn === 'password'
          ? undefined
          : oauthConfigOf(profile, clientSecret, source.timeoutMs);
      // In memory only: the key holds the secret so a changed secret gets a new engine.
      const key = JSON.stringify({ conn, oauth, kind: profile.signIn });
      const cached = engines.get(profile.id);
      if (cached?.key === key) return cached.engine;
      // The profile's device lives in the keychain beside its tokens.
      const devices = vaultDeviceStore(source.vault, profile.id);
      const cognito = (await source.loadEngine()).createCognitoEngine(conn, { devices });
      const engine = oauth
        ? createOAuthEngine(await loadOAuth(), oauth, profile, cognito)
        : cognito;
      engines.set(profile.id, { key, engine });
      return engine;
    },
    async browserSignIn(profile, options) {
      return (await loadOAuth()).browserSignIn(await oauthConfigFor(profile), options);
    },
    async browserSignOut(profile, options) {
      return (await loadOAuth()).browserSignOut(await oauthConfigFor(profile), options);
    },
    drop(profileId) {
      engines.delete(profileId);
    },
  };
}
