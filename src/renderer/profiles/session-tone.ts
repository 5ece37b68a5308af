// A session row's tone, for the badge's colour; its words are in shared/session-words.ts.
import type { SessionRow } from '../../shared/session';

/** The badge's tone, for colour (the text says the same). */
export function sessionTone(row: SessionRow | undefined): 'ok' | 'busy' | 'off' | 'bad' {
  if (!row || row.status === 'signed-out') return 'off';
  if (row.status === 'error') return 'bad';
  if (row.status === 'signed-in') return 'ok';
  return 'busy';
}
