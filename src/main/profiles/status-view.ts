// The status table (CLI `status`, the tray, the window's list) as a pure function of the
// profiles and their session states, so it is tested and benchmarked without any I/O.
import type { Profile } from '../../shared/profile';
import { profileUserText, type SignInKind } from '../../shared/sign-in-kinds';

/** The parts of a session state the view reads; SessionState from shared/session.ts fits it. */
export interface SessionView {
  status: string;
  expiresAt?: number;
  username?: string;
  /** The keychain refused the tokens: they live in one process only until a retry lands. */
  memoryOnly?: boolean;
  /** Why it is signed out or in error, when this process knows. */
  reason?: string;
  /** The ID token's email or federated name (cognito:username), when the tokens were read. */
  signInName?: string;
}

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
  status: string;
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
function userOf(profile: Profile, session: SessionView | undefined): string | null {
  if (profile.signIn === 'client-credentials') return null;
  return profile.username ?? session?.signInName ?? (session?.username || null);
}

/** Remaining time as short text: '1h 05m', '12m 30s', '45s', or 'expired'. */
export function formatExpiresIn(ms: number): string {
  if (ms <= 0) return 'expired';
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (hours > 0) return `${hours}h ${pad(minutes)}m`;
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`;
  return `${seconds}s`;
}

function stateText(session: SessionView | undefined): string {
  if (!session) return 'signed-out';
  return session.memoryOnly ? `${session.status} (kept in memory only)` : session.status;
}

/** Rows for every profile, sorted by name; `sessions` maps profile id to state and may be empty. */
export function buildStatusRows(
  profiles: readonly Profile[],
  sessions: ReadonlyMap<string, SessionView> = new Map(),
  now: number = Date.now(),
): StatusRow[] {
  const rows = profiles.map((profile): StatusRow => {
    const session = sessions.get(profile.id);
    const internal = session?.username;
    const typed = profile.username;
    const user = userOf(profile, session);
    // 0 means no expiry is known (a refresh token alone): the next use refreshes.
    const expiresAt = session?.expiresAt ? session.expiresAt : undefined;
    return {
      profileId: profile.id,
      name: profile.name,
      region: profile.region,
      signIn: profile.signIn,
      username: user ?? profileUserText(profile),
      ...(typed !== undefined && internal && internal !== typed
        ? { internalUsername: internal }
        : {}),
      state: stateText(session),
      expiresIn: expiresAt === undefined ? '-' : formatExpiresIn(expiresAt - now),
      status: session?.status ?? 'signed-out',
      memoryOnly: session?.memoryOnly === true,
      user,
      ...(expiresAt === undefined ? {} : { expiresAt }),
      ...(session?.reason === undefined ? {} : { reason: session.reason }),
    };
  });
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
