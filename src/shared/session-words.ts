// The words for a session, on every surface, in one file: the window's list and countdowns, the
// tray's menu and macOS title, the CLI's status table and sign-in lines. Each surface has its own
// register (the window counts down, the tray rounds, the CLI is terse), so each has its function;
// they live together so a change of meaning changes them all. Type-only imports: the CLI's quick
// paths and the renderer load this without zod.
import type { SessionRow, SessionState } from './session';

/** Time left as m:ss (or h:mm:ss), 'expired' once run out: the window's countdowns. */
export function countdown(msLeft: number): string {
  if (msLeft <= 0) return 'expired';
  const total = Math.floor(msLeft / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Time left as short text: '1h 05m', '12m 30s', '45s', or 'expired': the CLI's. */
export function timeLeftText(msLeft: number): string {
  if (msLeft <= 0) return 'expired';
  const total = Math.floor(msLeft / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (hours > 0) return `${hours}h ${pad(minutes)}m`;
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`;
  return `${seconds}s`;
}

/** "expires in 42 min", "expires in 30 s", "expired": the tray's. */
export function expiresInWords(expiresAt: number, now: number): string {
  const seconds = Math.floor((expiresAt - now) / 1000);
  if (seconds <= 0) return 'expired';
  if (seconds < 60) return `expires in ${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 120) return `expires in ${minutes} min`;
  return `expires in ${Math.floor(minutes / 60)} h`;
}

/** The window's state line: "Signed in · expires in 4:59", "Refreshing", "Signed out". */
export function windowSessionText(row: SessionRow | undefined, now: number): string {
  switch (row?.status) {
    case 'signed-in': {
      const left =
        row.expiresAt === undefined ? '' : ` · expires in ${countdown(row.expiresAt - now)}`;
      return `Signed in${left}${row.memoryOnly ? ' · kept in memory only' : ''}`;
    }
    case 'refreshing':
      return 'Refreshing';
    case 'signing-in':
      return 'Signing in';
    case 'error':
      return `Needs attention: ${row.reason ?? 'the last refresh failed.'}`;
    case 'signed-out':
      return row.reason ? `Signed out: ${row.reason}` : 'Signed out';
    case undefined:
      return 'Signed out';
  }
}

/** The tray's state words: "expires in 42 min", "signed out", "needs attention: …". */
export function trayStateText(state: SessionState | undefined, now: number): string {
  switch (state?.status) {
    case 'signed-in':
      // No expiry known: only the refresh token is held (wiped on lock, or the CLI's cache).
      return state.expiresAt === 0
        ? 'signed in, fresh tokens at the next copy'
        : expiresInWords(state.expiresAt, now);
    case 'refreshing':
      return 'refreshing…';
    case 'signing-in':
      return 'signing in…';
    case 'error':
      return `needs attention: ${state.reason}`;
    case 'signed-out':
    case undefined:
      return 'signed out';
  }
}

/** The macOS tray title: whole minutes left on the active profile, or nothing. */
export function trayTitleText(state: SessionState | undefined, now: number): string {
  if (state?.status !== 'signed-in' && state?.status !== 'refreshing') return '';
  if (state.expiresAt === 0) return '';
  return `${Math.max(0, Math.floor((state.expiresAt - now) / 60_000))}m`;
}

/** The CLI status table's state column: the status, and when the keychain refused the tokens. */
export function statusColumnText(state: SessionState | undefined): string {
  if (!state) return 'signed-out';
  return state.status === 'signed-in' && state.memoryOnly
    ? `${state.status} (kept in memory only)`
    : state.status;
}
