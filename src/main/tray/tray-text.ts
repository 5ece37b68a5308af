// The words of the tray: a profile's one-line state and the short times people scan for.
import type { SessionState } from '../../shared/session';
import type { TrayProfile } from './tray-model';

/** "expires in 42 min", "expires in 30 s", "expired". */
export function expiresInText(expiresAt: number, now: number): string {
  const seconds = Math.floor((expiresAt - now) / 1000);
  if (seconds <= 0) return 'expired';
  if (seconds < 60) return `expires in ${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 120) return `expires in ${minutes} min`;
  return `expires in ${Math.floor(minutes / 60)} h`;
}

/** The state part of an info line: "expires in 42 min", "signed out", "needs attention: …". */
export function stateText(state: SessionState | undefined, now: number): string {
  switch (state?.status) {
    case 'signed-in':
      // No expiry known: only the refresh token is held (wiped on lock, or the CLI's cache).
      return state.expiresAt === 0
        ? 'signed in, fresh tokens at the next copy'
        : expiresInText(state.expiresAt, now);
    case 'refreshing':
      return 'refreshing…';
    case 'signing-in':
      return 'signing in…';
    case 'error':
      return `needs attention: ${state.reason}`;
    default:
      return 'signed out';
  }
}

/** "dev · us-east-2 · expires in 42 min". */
export function infoLine(profile: TrayProfile, state: SessionState | undefined, now: number) {
  return `${profile.name} · ${profile.region} · ${stateText(state, now)}`;
}

/** True when the profile holds tokens a copy can hand out (refreshed first when due). */
export function hasTokens(state: SessionState | undefined): boolean {
  return (
    state?.status === 'signed-in' ||
    state?.status === 'refreshing' ||
    (state?.status === 'error' && state.expiresAt !== undefined)
  );
}

/** The macOS title: minutes left on the active profile, or nothing. */
export function titleText(state: SessionState | undefined, now: number): string {
  if (state?.status !== 'signed-in' && state?.status !== 'refreshing') return '';
  if (state.expiresAt === 0) return '';
  const minutes = Math.max(0, Math.floor((state.expiresAt - now) / 60_000));
  return `${minutes}m`;
}
