// Challenge sessions: opaque strings bound to client, user and the challenge they expect.
import { randomBytes } from 'node:crypto';
import { deadSession, invalidSession } from './errors';
import type { SrpServerState } from './srp-server';
import type { DoubleClient, DoublePool, DoubleUser } from './types';

/** The challenges the double can ask. */
export type ChallengeName =
  | 'PASSWORD_VERIFIER'
  | 'NEW_PASSWORD_REQUIRED'
  | 'SMS_MFA'
  | 'SOFTWARE_TOKEN_MFA'
  | 'EMAIL_OTP'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'SELECT_CHALLENGE'
  | 'SMS_OTP'
  | 'DEVICE_SRP_AUTH'
  | 'DEVICE_PASSWORD_VERIFIER';

/** One open challenge. */
export interface ChallengeSession {
  id: string;
  challenge: ChallengeName;
  pool: DoublePool;
  client: DoubleClient;
  /** Undefined for the decoy SRP challenge of an unknown user when existence errors are hidden. */
  user: DoubleUser | undefined;
  createdAt: number;
  failures: number;
  done: boolean;
  srp?: SrpServerState;
  /** MFA_SETUP: secret from AssociateSoftwareToken, and whether VerifySoftwareToken accepted a code. */
  totpSecret?: string;
  totpVerified?: boolean;
  /** SELECT_MFA_TYPE: the choices offered. */
  choices?: ChallengeName[];
  /** SELECT_CHALLENGE: the AvailableChallenges offered. */
  methods?: string[];
  /** The device the sign-in presented (DEVICE_KEY), carried to the tokens. */
  deviceKey?: string;
  /** DEVICE_PASSWORD_VERIFIER: the SECRET_BLOCK handed out. */
  secretBlock?: string;
}

/** Fields a new session is opened with. */
export type SessionFields = Pick<ChallengeSession, 'challenge' | 'pool' | 'client' | 'user'> &
  Partial<
    Pick<
      ChallengeSession,
      'srp' | 'totpSecret' | 'totpVerified' | 'choices' | 'methods' | 'deviceKey' | 'secretBlock'
    >
  >;

/** Cognito drops a challenge session after three minutes. */
export const SESSION_LIFETIME_MS = 3 * 60 * 1000;
/** Wrong answers a session survives; the third one kills it. */
export const MAX_FAILURES = 3;

/** All open sessions of one double. */
export class SessionStore {
  readonly #sessions = new Map<string, ChallengeSession>();

  /** Opens a session; the id is random unless given (SRP keys its state by SECRET_BLOCK). */
  open(fields: SessionFields, id = randomBytes(256).toString('base64')): ChallengeSession {
    const session: ChallengeSession = {
      ...fields,
      id,
      createdAt: Date.now(),
      failures: 0,
      done: false,
    };
    this.#sessions.set(id, session);
    return session;
  }

  /** The live session for an answer, or the NotAuthorizedException Cognito gives. */
  take(id: string | undefined, challenge: ChallengeName, clientId?: string): ChallengeSession {
    const session = id === undefined ? undefined : this.#sessions.get(id);
    if (!session || session.done) throw invalidSession();
    if (session.failures >= MAX_FAILURES) throw deadSession();
    if (Date.now() - session.createdAt > SESSION_LIFETIME_MS) throw invalidSession();
    if (session.challenge !== challenge) throw invalidSession();
    if (clientId !== undefined && session.client.clientId !== clientId) throw invalidSession();
    return session;
  }

  /** Marks a session used: Cognito sessions are good for one successful answer. */
  close(session: ChallengeSession): void {
    session.done = true;
  }

  /** Ages every session past its lifetime. */
  expireAll(): void {
    for (const session of this.#sessions.values()) session.createdAt = -Infinity;
  }
}
