// A profile's session as the window, the tray and the CLI's status table see it.
// Only non-secret facts: no token ever travels in these objects.
import type { ChallengeName } from './auth';

/** Where one profile's sign-in stands. */
export type SessionState =
  | { status: 'signed-out'; reason?: string }
  | { status: 'signing-in'; challenge?: ChallengeName }
  | { status: 'signed-in'; expiresAt: number; username: string }
  | { status: 'refreshing'; expiresAt: number; username: string }
  | { status: 'error'; reason: string; expiresAt?: number; username?: string };

/** What is emitted on every state change. */
export interface SessionChange {
  profileId: string;
  state: SessionState;
}

/** The status name of each state, for tables and badges. */
export type SessionStatus = SessionState['status'];
