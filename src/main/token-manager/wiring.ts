// What the facade is built from, and how its parts are joined: the vault registers every secret
// with the log, engines come from the vault's client secret, the sessions use both.
import type { AppLog } from '../log/file-log';
import type { ProfileStore } from '../profiles/profile-store';
import type { SecretVault, VaultStatus } from '../secrets/types';
import { SessionManager } from '../sessions/session-manager';
import type { AccountDeps } from './account';
import { loadCognitoEngine, type LoadEngine } from '../cognito/load-engine';
import { createEngineSource } from './engine';
import { storeIdentities } from './identities';
import { storeLeftovers } from './leftovers';
import { storeDrifts } from './drifts';
import { awsCredentialsLockBeside, refreshLockBeside } from './refresh-lock';
import { AwsCredentialSource, type LoadIdentity } from './aws-credentials';
import type { ProfileDeps } from './profile-secrets';
import { revokeHeld } from './revoke-held';
import { registeringVault } from './vault';
import { droppedSecretReason } from './secret-binding';

/** Everything the facade is built from; the app injects an electron-store-backed ProfileStore. */
export interface TokenManagerDeps {
  profiles: ProfileStore;
  vault: SecretVault;
  /** The keychain probe's verdict, from openVault. */
  vaultStatus: VaultStatus;
  log: AppLog;
  /** Default: the real engine, loaded on first use. */
  loadEngine?: LoadEngine;
  /** Per-request timeout for Cognito calls made by this process. */
  timeoutMs?: number;
  now?: () => number;
  /** Rotating refreshes under a per-profile lock file beside the store (default true). */
  crossProcessRefreshLock?: boolean;
  /** Default: the real Cognito Identity module, loaded when AWS credentials are first due. */
  loadIdentity?: LoadIdentity;
}

/** The joined parts of one facade. */
export interface TokenManagerParts {
  vault: SecretVault;
  sessions: SessionManager;
  profileDeps: ProfileDeps;
  accountDeps: AccountDeps;
  awsCredentials: AwsCredentialSource;
}

/** Joins the store, vault, engine loader and sessions of one facade. */
export function wireTokenManager(deps: TokenManagerDeps): TokenManagerParts {
  const store = deps.profiles;
  const vault = registeringVault(deps.vault, deps.log);
  const engines = createEngineSource({
    vault,
    loadEngine: deps.loadEngine ?? loadCognitoEngine,
    droppedSecret: (id) => droppedSecretReason(store, id),
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
  });
  const sessions = new SessionManager({
    getProfile: (id) => store.get(id),
    engineFor: (profile) => engines.engineFor(profile),
    browserSignIn: (profile, options) => engines.browserSignIn(profile, options),
    vault,
    identities: storeIdentities(store),
    leftovers: storeLeftovers(store),
    drifts: storeDrifts(store),
    ...(deps.crossProcessRefreshLock === false
      ? {}
      : { crossProcessLock: refreshLockBeside(store.path) }),
    log: deps.log,
    ...(deps.now === undefined ? {} : { now: deps.now }),
  });
  const profileDeps: ProfileDeps = {
    store,
    vault,
    forgetSession: (id) => {
      sessions.forget(id);
    },
    dropEngine: (id) => {
      engines.drop(id);
    },
    revoke: (profile, held) => revokeHeld(engines, deps.log, profile, held),
  };
  const accountDeps: AccountDeps = {
    engineFor: (profile) => engines.engineFor(profile),
    vault,
    freshTokens: (id) => sessions.freshTokens(id),
    registerSecret: (value) => {
      deps.log.addSecret(value);
    },
    browserSignOut: (profile, options) => engines.browserSignOut(profile, options),
  };
  const drifts = storeDrifts(store);
  const awsCredentials = new AwsCredentialSource({
    store,
    vault,
    log: deps.log,
    freshTokens: (id) => sessions.freshTokens(id),
    lock: deps.crossProcessRefreshLock === false ? undefined : awsCredentialsLockBeside(store.path),
    driftMs: (id) => drifts.get(id),
    timeoutMs: deps.timeoutMs,
    ...(deps.now === undefined ? {} : { now: deps.now }),
    ...(deps.loadIdentity === undefined ? {} : { loadIdentity: deps.loadIdentity }),
  });
  return { vault, sessions, profileDeps, accountDeps, awsCredentials };
}
