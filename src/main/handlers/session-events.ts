// The facade's session changes as the window's rows: each change becomes ctm:session-changed
// carrying that profile's row, its expiry in local time, so a window patches one row instead of
// re-reading every session.
import { inLocalTime, isUnknownSession, sessionRow, type SessionRow } from '../../shared/session';
import type { TokenManager } from '../token-manager';

/** Tells `emit` the row of every session change; returns the function that stops it. */
export function forwardSessionRows(
  manager: TokenManager,
  emit: (row: SessionRow) => void,
): () => void {
  // A change to "signed out, no reason" knows nothing: the row falls back to the keychain's
  // cached tokens, as ctm:session-rows does, which takes a read. A later change of the same
  // profile that lands first wins: an older read never overwrites it.
  const latest = new Map<string, number>();
  let sequence = 0;
  return manager.onSessionChange(({ profileId, state }) => {
    const turn = ++sequence;
    latest.set(profileId, turn);
    const current = () => latest.get(profileId) === turn;
    if (!isUnknownSession(state)) {
      emit(sessionRow(profileId, inLocalTime(state, manager.clockDriftMs(profileId))));
      return;
    }
    void manager.localSessionState(profileId).then(
      (local) => {
        if (current()) emit(sessionRow(profileId, local));
      },
      // The profile went away meanwhile: the profiles event redraws the list.
      () => undefined,
    );
  });
}
