// A user pool in cognito-local with one app client, its users, and engines pointed at it.
import { createCognitoEngine } from '../../src/main/cognito/engine-module';
import type { CognitoEngine } from '../../src/main/cognito/types';
import type { AuthStep, ChallengeStep, TokenSet } from '../../src/shared/auth';
import type { CognitoLocal, PoolOptions } from './cognito-local';

/** The temporary password every test user starts with. */
export const TEMP_PASSWORD = 'Temp-Pass-1!';
/** The permanent password of users made by confirmedUser(). */
export const PERMANENT_PASSWORD = 'Perm-Pass-2!';

/** One pool and app client, with helpers to make users and engines. */
export interface TestPool {
  poolId: string;
  clientId: string;
  /** An engine for this pool; endpoint and client id can be swapped (a proxy, a wrong client). */
  engine(overrides?: { endpoint?: string; clientId?: string }): CognitoEngine;
  /** A new user who must change TEMP_PASSWORD at first sign-in; has an email, nothing else. */
  newUser(): Promise<string>;
  /** A new CONFIRMED user with PERMANENT_PASSWORD and an email (forgot password needs one). */
  confirmedUser(): Promise<string>;
}

let userCount = 0;

/**
 * cognito-local names pools "local_XXXXXXXX", which the engine refuses (it wants <region>_<id>).
 * Every call the engine makes to it is routed by client id, so an AWS-shaped alias changes nothing.
 */
function engineFacingPoolId(poolId: string): string {
  return poolId.replace(/^local_/, 'us-east-1_');
}

/** Creates a pool and a client whose id and access tokens live `tokenSeconds`. */
export async function createTestPool(
  local: CognitoLocal,
  opts: PoolOptions & { tokenSeconds: number },
): Promise<TestPool> {
  const poolId = await local.createPool(opts);
  const { clientId } = await local.createClient(poolId, {
    accessTokenSeconds: opts.tokenSeconds,
    idTokenSeconds: opts.tokenSeconds,
  });

  const newUser = async (): Promise<string> => {
    userCount += 1;
    // Unique across pools: tests never depend on each other's users.
    const username = `user${userCount}`;
    await local.createUser(poolId, username, TEMP_PASSWORD, { email: `${username}@example.com` });
    return username;
  };

  return {
    poolId,
    clientId,
    engine: (overrides = {}) =>
      createCognitoEngine(
        {
          userPoolId: engineFacingPoolId(poolId),
          clientId: overrides.clientId ?? clientId,
          endpoint: overrides.endpoint ?? local.endpoint,
        },
        { retryBaseDelayMs: 10 },
      ),
    newUser,
    async confirmedUser() {
      const username = await newUser();
      await local.setPassword(poolId, username, PERMANENT_PASSWORD);
      return username;
    },
  };
}

/** The tokens of a signed-in step; throws on a challenge. */
export function tokensOf(step: AuthStep): TokenSet {
  if (step.type !== 'signed-in') {
    throw new Error(`expected signed-in, got the ${step.challenge} challenge`);
  }
  return step.tokens;
}

/** The challenge of a step; throws when the step is signed-in. */
export function challengeOf(step: AuthStep): ChallengeStep {
  if (step.type !== 'challenge') throw new Error('expected a challenge, got signed-in');
  return step;
}

/** Signs in with a password and expects tokens at once (no challenge). */
export async function signInTokens(
  engine: CognitoEngine,
  username: string,
  password: string,
): Promise<TokenSet> {
  const conversation = await engine.signIn({ flow: 'password', username, password });
  return tokensOf(conversation.step);
}
