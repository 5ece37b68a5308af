// Who is signed in, as the user knows the name: not Cognito's internal username (a UUID for an
// email alias, "Google_1234…" for a federated user) but what they typed or the ID token's email.
import { decodeJwtPayload } from '../cognito/jwt';

/** The parts of a profile that decide the name. */
export interface NamedProfile {
  signIn: string;
  /** The username typed into the profile (password profiles always have one). */
  username?: string | undefined;
}

function claimsOf(idToken: string | undefined): Record<string, unknown> | undefined {
  if (!idToken) return undefined;
  try {
    return decodeJwtPayload(idToken, 'an id token');
  } catch {
    return undefined;
  }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * The name the user signs in with: the typed username, else (a browser profile) the ID token's
 * email or federated name; null for an app client (M2M), which is no user.
 */
export function signInName(profile: NamedProfile, idToken: string | undefined): string | null {
  if (profile.signIn === 'client-credentials') return null;
  if (profile.username !== undefined) return profile.username;
  const claims = claimsOf(idToken);
  return text(claims?.email) ?? text(claims?.['cognito:username']) ?? null;
}

/** The user's unchanging id (the ID token's sub), or undefined without an ID token. */
export function subjectOf(idToken: string | undefined): string | undefined {
  return text(claimsOf(idToken)?.sub);
}
