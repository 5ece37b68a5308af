// The tray's info line and what a profile's state lets it copy; the words themselves are in
// shared/session-words.ts.
import type { SessionState } from '../../shared/session';
import { trayStateText } from '../../shared/session-words';
import type { TrayProfile } from './tray-model';

/** "dev · us-east-2 · expires in 42 min". */
export function infoLine(profile: TrayProfile, state: SessionState | undefined, now: number) {
  return `${profile.name} · ${profile.region} · ${trayStateText(state, now)}`;
}

/** True when the profile holds tokens a copy can hand out (refreshed first when due). */
export function hasTokens(state: SessionState | undefined): boolean {
  return (
    state?.status === 'signed-in' ||
    state?.status === 'refreshing' ||
    (state?.status === 'error' && state.expiresAt !== undefined)
  );
}
