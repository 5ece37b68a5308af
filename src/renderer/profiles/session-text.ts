// A session row in words, as the list and the token view say it.
import type { SessionRow } from '../../shared/contract-views';
import { countdown } from '../hooks/use-now';

/** The state a person reads: "Signed in · expires in 4:59", "Refreshing", "Signed out". */
export function sessionText(row: SessionRow | undefined, now: number): string {
  if (!row) return 'Signed out';
  switch (row.status) {
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
  }
}

/** The badge's tone, for colour (the text says the same). */
export function sessionTone(row: SessionRow | undefined): 'ok' | 'busy' | 'off' | 'bad' {
  if (!row || row.status === 'signed-out') return 'off';
  if (row.status === 'error') return 'bad';
  if (row.status === 'signed-in') return 'ok';
  return 'busy';
}
