// `token --output json`: the session as values a script compares, never display text.
import { signInName, subjectOf } from '../main/sessions/sign-in-name';
import type { ProfileSession } from './session-for-command';

/** The document, without the refresh token. */
export function tokenJson({ profile, tokens }: ProfileSession, now: number) {
  return {
    profile: profile.name,
    state: 'signed-in',
    username: signInName(profile, tokens.idToken),
    sub: subjectOf(tokens.idToken) ?? null,
    idToken: tokens.idToken ?? null,
    accessToken: tokens.accessToken,
    expiresAt: new Date(tokens.expiresAt).toISOString(),
    secondsLeft: Math.max(0, Math.floor((tokens.expiresAt - now) / 1000)),
  };
}
