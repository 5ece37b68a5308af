// Every profile's session as this process should show it: what it knows live wins; a session it
// has not touched (the CLI, or the app before a restore) shows the keychain's cached tokens, read
// without network. Expiries are moved into local time by each profile's measured clock drift.
import type { TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import { inLocalTime, isUnknownSession, type SessionState } from '../../shared/session';
import type { ProfileStore } from '../profiles/profile-store';
import type { SecretVault } from '../secrets/types';
import { TokenCache } from '../sessions/token-cache';
import { signInName } from '../sessions/sign-in-name';
import { profilesWithSessions } from './vault';

/** A session the keychain's tokens tell of, and the user's name in its ID token (when one). */
export interface CachedSession {
  state: SessionState;
  signInName?: string;
}

/** What cached tokens say of a session: signed in, with their expiry (0 when unusable). */
export function cachedSession(tokens: TokenSet): CachedSession {
  // A refresh token alone (no usable id/access token) has no expiry to show.
  const expiresAt = tokens.expiresAt > 0 ? tokens.expiresAt : 0;
  const state: SessionState = { status: 'signed-in', expiresAt, username: tokens.username };
  // A browser profile names no user: the ID token's email (or federated name) does.
  const name = signInName({ signIn: 'browser' }, tokens.idToken);
  return name === null ? { state } : { state, signInName: name };
}

/**
 * The state per profile: what this process knows live wins; an unknown session falls back to
 * what the keychain holds; a profile with neither is signed out.
 */
export function mergeSessionStates(
  profiles: readonly Profile[],
  live: (profileId: string) => SessionState,
  cached: ReadonlyMap<string, CachedSession>,
): Map<string, SessionState> {
  const states = new Map<string, SessionState>();
  for (const profile of profiles) {
    const state = live(profile.id);
    const fallback = cached.get(profile.id);
    states.set(profile.id, isUnknownSession(state) && fallback ? fallback.state : state);
  }
  return states;
}

/** Reads the cached tokens of the given profiles from the vault; no network, no refresh. */
export async function loadCachedSessions(
  vault: SecretVault,
  profileIds: readonly string[],
): Promise<Map<string, CachedSession>> {
  const cache = new TokenCache(vault);
  const sessions = new Map<string, CachedSession>();
  await Promise.all(
    profileIds.map(async (profileId) => {
      // A read that fails (a keyring locked meanwhile) leaves the row at signed-out.
      const tokens = await cache.load(profileId).catch(() => null);
      if (tokens) sessions.set(profileId, cachedSession(tokens));
    }),
  );
  return sessions;
}

/** Every profile's session in local time, and the sign-in names the keychain's tokens hold. */
export interface LocalSessions {
  profiles: Profile[];
  states: Map<string, SessionState>;
  signInNames: Map<string, string>;
}

/**
 * Every profile's session (or `only` those): live states where this process has them, else the
 * keychain's cached tokens; expiries moved into local time by each profile's clock drift.
 */
export async function localSessions(
  store: ProfileStore,
  vault: SecretVault,
  live: (profileId: string) => SessionState,
  drifts?: ReadonlyMap<string, number>,
  only?: ReadonlySet<string>,
): Promise<LocalSessions> {
  const profiles = store.list().filter((p) => only === undefined || only.has(p.id));
  // Only profiles the index says may hold tokens, and whose state here is unknown, cost a read.
  // The index is read once: each store read parses the whole file.
  const withSessions = profilesWithSessions(store);
  const toRead = profiles
    .filter((p) => withSessions.has(p.id) && isUnknownSession(live(p.id)))
    .map((p) => p.id);
  const cached = await loadCachedSessions(vault, toRead);
  const states = mergeSessionStates(profiles, live, cached);
  // Time left is Cognito's expiry against Cognito's time: move each expiry into local time.
  for (const [profileId, state] of states) {
    states.set(profileId, inLocalTime(state, drifts?.get(profileId) ?? 0));
  }
  const signInNames = new Map<string, string>();
  for (const [profileId, { signInName: name }] of cached) {
    if (name !== undefined) signInNames.set(profileId, name);
  }
  return { profiles, states, signInNames };
}
