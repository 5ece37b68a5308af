// Looks up pools, clients and users the way Cognito resolves them, and keeps per-user server state.
import { randomBytes, randomUUID } from 'node:crypto';
import { allAttributes } from './attributes';
import { CognitoError, poolNotFound } from './errors';
import type { DoubleClient, DoubleFlow, DoublePool, DoubleUser } from './types';

/** Server-side state of a user that tests do not configure. */
export interface UserRuntime {
  sub: string;
  salt: string;
  forgot?: { code: string; issuedAt: number };
  forgotRequests: number;
  codeFailures: number;
  passwordFailures: number;
  /** Last TOTP time step accepted: Cognito takes each code once. */
  lastTotpStep: number;
  /** Secret handed out by AssociateSoftwareToken with an access token, awaiting VerifySoftwareToken. */
  pendingTotpSecret?: string;
}

/** The user's status with its default. */
export const statusOf = (user: DoubleUser): NonNullable<DoubleUser['status']> =>
  user.status ?? 'CONFIRMED';

/** Flows the client allows (all three unless configured). */
export const flowsOf = (client: DoubleClient): DoubleFlow[] =>
  client.flows ?? ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH'];

/** Pools, clients and users of one double. */
export class Directory {
  readonly #runtimes = new WeakMap<DoubleUser, UserRuntime>();

  constructor(readonly pools: DoublePool[]) {}

  /** The live pool, or ResourceNotFoundException. */
  pool(id: string): DoublePool {
    const pool = this.pools.find((candidate) => candidate.userPoolId === id);
    if (!pool) throw poolNotFound(id);
    return pool;
  }

  /** The client and its pool, or ResourceNotFoundException as Cognito words it. */
  client(clientId: string): { pool: DoublePool; client: DoubleClient } {
    for (const pool of this.pools) {
      const client = pool.clients.find((candidate) => candidate.clientId === clientId);
      if (client) return { pool, client };
    }
    throw new CognitoError(
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
    );
  }

  /** The user a typed name means: the internal username, or a verified email when the pool allows the alias. */
  findUser(pool: DoublePool, typed: string): DoubleUser | undefined {
    const byName = pool.users.find((user) => user.username === typed);
    if (byName || !pool.emailAlias) return byName;
    const wanted = typed.toLowerCase();
    return pool.users.find((user) => {
      const attributes = this.attributes(user);
      return attributes.email?.toLowerCase() === wanted && attributes.email_verified === 'true';
    });
  }

  /** Whether a user is still in its pool (tests may remove users). */
  exists(pool: DoublePool, user: DoubleUser): boolean {
    return pool.users.includes(user);
  }

  /** Per-user server state, created on first use. */
  runtime(user: DoubleUser): UserRuntime {
    let runtime = this.#runtimes.get(user);
    if (!runtime) {
      runtime = {
        sub: randomUUID(),
        salt: randomBytes(16).toString('hex'),
        forgotRequests: 0,
        codeFailures: 0,
        passwordFailures: 0,
        lastTotpStep: -1,
      };
      this.#runtimes.set(user, runtime);
    }
    return runtime;
  }

  /** Every attribute of the user, sub included. */
  attributes(user: DoubleUser): Record<string, string> {
    return allAttributes(user, this.runtime(user).sub);
  }

  /** The SRP salt as hex: the test's choice, else the one drawn for this user. */
  salt(user: DoubleUser): string {
    return user.srpSalt ?? this.runtime(user).salt;
  }
}
