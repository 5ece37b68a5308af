// The CLI's status table as a pure function of the profiles and their session states, so it is
// tested and benchmarked without any I/O.
import type { Profile } from '../../shared/profile';
import { expiryOf, type SessionState, type SessionStatus } from '../../shared/session';
import { statusColumnText, timeLeftText } from '../../shared/session-words';
import { profileUserText, type SignInKind } from '../../shared/sign-in-kinds';

/** One row: what a person scans for in a list of profiles. */
export interface StatusRow {
  profileId: string;
  name: string;
  region: string;
  /** How the profile signs in: password, browser or client-credentials. */
  signIn: SignInKind;
  /**
   * The username as the user typed it (the profile's): it does not change with the session.
   * A browser profile without one shows the signed-in user, else what its kind means.
   */
  username: string;
  /** Cognito's internal name for the signed-in user, where it differs (an email alias's UUID). */
  internalUsername?: string;
  /** The session status as text, 'signed-out' when there is no session. */
  state: string;
  /** Time left on the tokens ('12m 30s', 'expired'), '-' without tokens. */
  expiresIn: string;
  /** The session status as a value (signed-in, refreshing, signing-in, error, signed-out). */
  status: SessionStatus;
  /** True when the keychain refused the tokens and one process holds them. */
  memoryOnly: boolean;
  /**
   * Who is signed in as the user knows the name: the typed username, else the ID token's email
   * or federated name; null for an app client (M2M) and when nobody is known.
   */
  user: string | null;
  /** When the tokens expire (local time, epoch ms), when known. */
  expiresAt?: number;
  /** Why it is signed out or in error, when this process knows. */
  reason?: string;
}

/** The row's user: typed, else what the tokens say, else null (M2M has no user). */
function userOf(
  profile: Profile,
  state: SessionState | undefined,
  signInName: string | undefined,
): string | null {
  if (profile.signIn === 'client-credentials') return null;
  const internal = state && 'username' in state ? state.username : undefined;
  return profile.username ?? signInName ?? (internal || null);
}

/**
 * Rows for every profile, sorted by name. `sessions` maps profile id to state (expiries in local
 * time) and may be empty; `signInNames` holds the ID token's email or federated name per profile,
 * where the keychain's tokens were read.
 */
export function buildStatusRows(
  profiles: readonly Profile[],
  sessions: ReadonlyMap<string, SessionState> = new Map(),
  now: number = Date.now(),
  signInNames: ReadonlyMap<string, string> = new Map(),
): StatusRow[] {
  const rows = profiles.map((profile): StatusRow => {
    const session = sessions.get(profile.id);
    const internal = session && 'username' in session ? session.username : undefined;
    const typed = profile.username;
    const user = userOf(profile, session, signInNames.get(profile.id));
    const expiresAt = session ? expiryOf(session) : undefined;
    const reason = session && 'reason' in session ? session.reason : undefined;
    return {
      profileId: profile.id,
      name: profile.name,
      region: profile.region,
      signIn: profile.signIn,
      username: user ?? profileUserText(profile),
      ...(typed !== undefined && internal && internal !== typed
        ? { internalUsername: internal }
        : {}),
      state: statusColumnText(session),
      expiresIn: expiresAt === undefined ? '-' : timeLeftText(expiresAt - now),
      status: session?.status ?? 'signed-out',
      memoryOnly: session?.status === 'signed-in' && session.memoryOnly === true,
      user,
      ...(expiresAt === undefined ? {} : { expiresAt }),
      ...(reason === undefined ? {} : { reason }),
    };
  });
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
