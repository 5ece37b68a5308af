// The status table's session column for processes that never signed in themselves (the CLI):
// a profile whose tokens are in the keychain shows their cached expiry, read without network.
import type { TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import type { SessionState } from '../../shared/session';
import type { ProfileStore } from '../profiles/profile-store';
import { buildStatusRows, type SessionView, type StatusRow } from '../profiles/status-view';
import type { SecretVault } from '../secrets/types';
import { TokenCache } from '../sessions/token-cache';
import { profilesWithSessions } from './vault';
import { signInName } from '../sessions/sign-in-name';

/** What cached tokens say about a session: signed in, with their expiry when they are usable. */
export function cachedView(tokens: TokenSet): SessionView {
  const view: SessionView = { status: 'signed-in' };
  // A refresh token alone (no usable id/access token) has no expiry to show.
  if (tokens.expiresAt > 0) view.expiresAt = tokens.expiresAt;
  if (tokens.username !== '') view.username = tokens.username;
  // A browser profile names no user: the ID token's email (or federated name) does.
  const name = signInName({ signIn: 'browser' }, tokens.idToken);
  if (name !== null) view.signInName = name;
  return view;
}

/** True when this process knows nothing of the session: signed-out for no stated reason. */
export function isUnknown(state: SessionState): boolean {
  return state.status === 'signed-out' && state.reason === undefined;
}

/**
 * The view per profile: what this process knows live wins; an unknown session falls back to
 * what the keychain holds; a profile with neither is left out (buildStatusRows shows signed-out).
 */
export function mergeSessionViews(
  profiles: readonly Profile[],
  live: (profileId: string) => SessionState,
  cached: ReadonlyMap<string, SessionView>,
): Map<string, SessionView> {
  const views = new Map<string, SessionView>();
  for (const profile of profiles) {
    const state = live(profile.id);
    const fallback = cached.get(profile.id);
    if (!isUnknown(state)) views.set(profile.id, state);
    else if (fallback) views.set(profile.id, fallback);
    else views.set(profile.id, state);
  }
  return views;
}

/** Reads the cached tokens of the given profiles from the vault; no network, no refresh. */
export async function loadCachedViews(
  vault: SecretVault,
  profileIds: readonly string[],
): Promise<Map<string, SessionView>> {
  const cache = new TokenCache(vault);
  const views = new Map<string, SessionView>();
  await Promise.all(
    profileIds.map(async (profileId) => {
      // A read that fails (a keyring locked meanwhile) leaves the row at signed-out.
      const tokens = await cache.load(profileId).catch(() => null);
      if (tokens) views.set(profileId, cachedView(tokens));
    }),
  );
  return views;
}

/**
 * Every profile's session view: live states where this process has them, else the keychain's
 * cached tokens; expiries moved into local time by each profile's measured clock drift.
 */
export async function sessionViewsWithCache(
  store: ProfileStore,
  vault: SecretVault,
  live: (profileId: string) => SessionState,
  drifts?: ReadonlyMap<string, number>,
): Promise<{ profiles: Profile[]; views: Map<string, SessionView> }> {
  const profiles = store.list();
  // Only profiles the index says may hold tokens, and whose state here is unknown, cost a read.
  // The index is read once: each store read parses the whole file.
  const withSessions = profilesWithSessions(store);
  const toRead = profiles
    .filter((p) => withSessions.has(p.id) && isUnknown(live(p.id)))
    .map((p) => p.id);
  const cached = await loadCachedViews(vault, toRead);
  const views = mergeSessionViews(profiles, live, cached);
  // Time left is Cognito's expiry against Cognito's time: move each expiry into local time.
  for (const [profileId, view] of views) {
    const drift = drifts?.get(profileId) ?? 0;
    // 0 is "no expiry known" (a wiped or refresh-only session), not a time to move.
    if (view.expiresAt !== undefined && view.expiresAt > 0 && drift !== 0) {
      views.set(profileId, { ...view, expiresAt: view.expiresAt - drift });
    }
  }
  return { profiles, views };
}

/** Status rows: live states where this process has them, else the keychain's cached tokens. */
export async function statusRowsWithCache(
  store: ProfileStore,
  vault: SecretVault,
  live: (profileId: string) => SessionState,
  now: number,
  drifts?: ReadonlyMap<string, number>,
): Promise<StatusRow[]> {
  const { profiles, views } = await sessionViewsWithCache(store, vault, live, drifts);
  return buildStatusRows(profiles, views, now);
}
