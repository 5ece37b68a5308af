// A profile's session as the window, the tray and the CLI's status table see it.
// Only non-secret facts: no token ever travels in these objects. One zod schema is the source of
// both the type and the IPC event's runtime check.
import { z } from 'zod';
import { CHALLENGE_NAMES } from './auth';

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

/** Schema of what is emitted on every state change. */
export const SessionChangeSchema = z.strictObject({
  profileId: z.string().min(1).max(100),
  state: SessionStateSchema,
});

/** What is emitted on every state change. */
export type SessionChange = z.infer<typeof SessionChangeSchema>;

/** The status name of each state, for tables and badges. */
export type SessionStatus = SessionState['status'];
