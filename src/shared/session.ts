// A profile's session: the one vocabulary the sessions, the facade, the window, the tray and the
// CLI's status table share. SessionState is where a sign-in stands; a SessionRow is that state as
// one row of the window's list (what ctm:session-rows answers and ctm:session-changed carries),
// with its expiry moved into local time. Only non-secret facts: no token ever travels in these.
import { z } from 'zod';
import { CHALLENGE_NAMES } from './auth';

/** Every session status, in the order a person reads them. */
export const SESSION_STATUSES = [
  'signed-out',
  'signing-in',
  'signed-in',
  'refreshing',
  'error',
] as const;

/** The status name of each state, for tables and badges. */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

const username = z.string().max(256);
const epochMs = z.number().int().nonnegative();
const reason = z.string().min(1).max(500);

/** Schema of a session state. */
export const SessionStateSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('signed-out'), reason: reason.optional() }),
  z.strictObject({
    status: z.literal('signing-in'),
    challenge: z.enum(CHALLENGE_NAMES).optional(),
  }),
  z.strictObject({
    status: z.literal('signed-in'),
    // 0: no expiry known (only the refresh token is held); the next use refreshes.
    expiresAt: epochMs,
    username,
    // The keychain refused these tokens: they live in this process only until a retry lands.
    memoryOnly: z.literal(true).optional(),
  }),
  z.strictObject({ status: z.literal('refreshing'), expiresAt: epochMs, username }),
  z.strictObject({
    status: z.literal('error'),
    reason,
    expiresAt: epochMs.optional(),
    username: username.optional(),
  }),
]);

/** Where one profile's sign-in stands. */
export type SessionState = z.infer<typeof SessionStateSchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** Compile-time proof that the union's statuses are exactly SESSION_STATUSES (else no build). */
export type SessionStatusesMatch = Holds<Same<SessionState['status'], SessionStatus>>;

/** What the sessions tell their listeners on every state change. */
export interface SessionChange {
  profileId: string;
  state: SessionState;
}

/** One profile's session in the window's list: its state, and when its tokens expire (local time). */
export const SessionRowSchema = z.strictObject({
  profileId: z.string().max(100),
  status: z.enum(SESSION_STATUSES),
  expiresAt: epochMs.optional(),
  /** Why it is signed out or needs attention: one sentence. */
  reason: z.string().max(500).optional(),
  /** The keychain refused the tokens: they live in this process only. */
  memoryOnly: z.boolean().optional(),
});

/** One row of the session list. */
export type SessionRow = z.output<typeof SessionRowSchema>;

/** True when a state says nothing this process knows: signed out, for no stated reason. */
export function isUnknownSession(state: SessionState): boolean {
  return state.status === 'signed-out' && state.reason === undefined;
}

/** When the state's tokens expire (Cognito's time), or undefined when unknown or none are held. */
export function expiryOf(state: SessionState): number | undefined {
  if (state.status === 'signed-out' || state.status === 'signing-in') return undefined;
  // 0 is "no expiry known" (a wiped or refresh-only session), not a time.
  return state.expiresAt !== undefined && state.expiresAt > 0 ? state.expiresAt : undefined;
}

/** The state with its expiry moved into local time by the profile's clock drift (ms). */
export function inLocalTime(state: SessionState, driftMs: number): SessionState {
  const expiresAt = expiryOf(state);
  if (expiresAt === undefined || driftMs === 0) return state;
  return { ...state, expiresAt: Math.max(0, expiresAt - driftMs) } as SessionState;
}

/** The row of a profile's state, its expiry already in local time (see inLocalTime). */
export function sessionRow(profileId: string, state: SessionState): SessionRow {
  const row: SessionRow = { profileId, status: state.status };
  const expiresAt = expiryOf(state);
  if (expiresAt !== undefined) row.expiresAt = expiresAt;
  if ((state.status === 'signed-out' || state.status === 'error') && state.reason !== undefined) {
    row.reason = state.reason.slice(0, 500);
  }
  if (state.status === 'signed-in' && state.memoryOnly) row.memoryOnly = true;
  return row;
}
