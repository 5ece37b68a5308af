// What the session layer needs from the rest of the main process, as small injected interfaces.
import type { TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import type { CognitoEngine } from '../cognito/types';
import type { SecretVault } from '../secrets/types';
import type { ClockDrifts } from './clock-drift';

/** Where the internal username of each signed-in profile is remembered (not a secret). */
export interface SessionIdentities {
  recall(profileId: string): string | undefined;
  remember(profileId: string, username: string): void;
  forget?(profileId: string): void;
}

/**
 * Where profiles whose sign-out could not remove their tokens from the keychain are noted (not a
 * secret), so a later start sweeps the items; a new sign-in takes the note back.
 */
export interface SessionLeftovers {
  mark(profileId: string): void;
  clear(profileId: string): void;
}

/** Where log lines go; never given a secret. */
export interface SessionLog {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
}

/** How a browser sign-in reaches the user: the page to open, and a way to stop waiting. */
export interface BrowserSignInOptions {
  /** Opens (or shows) the managed-login page; called once the redirect listener is up. */
  openUrl(url: string): void | Promise<void>;
  /** Aborting stops the wait and closes the listener. */
  signal?: AbortSignal;
}

/** Everything the session manager depends on. */
export interface SessionDeps {
  /** The profile, or throws when it no longer exists. */
  getProfile(profileId: string): Profile;
  /** A Cognito engine for the profile (the caller supplies its client secret from the vault). */
  engineFor(profile: Profile): Promise<CognitoEngine>;
  vault: SecretVault;
  /**
   * Keeps the internal username (cognito:username) apart from the cached tokens: when only the
   * refresh token survives, SECRET_HASH at refresh still needs it, and for an email-alias user
   * the typed name is wrong.
   */
  identities?: SessionIdentities;
  leftovers?: SessionLeftovers;
  /**
   * Runs read → refresh → write of a rotating client under a per-profile lock that other
   * processes (the app, the CLI) honour too, so none spends a token another just rotated.
   */
  crossProcessLock?: <T>(profileId: string, work: () => Promise<T>) => Promise<T>;
  log: SessionLog;
  /** The managed-login sign-in of a browser profile (authorization code + PKCE); its tokens. */
  browserSignIn?: (profile: Profile, options: BrowserSignInOptions) => Promise<TokenSet>;
  /** Each profile's measured clock drift; without it the local clock is trusted. */
  drifts?: ClockDrifts;
  now?: () => number;
  random?: () => number;
  /** At most this many background refreshes at once across all profiles (default 3). */
  maxConcurrentRefreshes?: number;
}
