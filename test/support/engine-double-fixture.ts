// Shared set-up of the engine-vs-double suites: one pool of users (one per story, since the double
// mutates them), engines per app client, and a check that no secret leaks into an error sentence.
import { expect } from 'vitest';
import type { AuthStep, TokenSet } from '../../src/shared/auth';
import { AuthError } from '../../src/shared/errors';
import {
  type CognitoEngine,
  type PoolConnection,
  createCognitoEngine,
} from '../../src/main/cognito/engine-module';
import type { CognitoDouble, DoublePool, DoubleUser } from './cognito-double/index';

/** Pool, clients and secrets of the suites. */
export const POOL_ID = 'eu-west-1_Engine1';
export const CODE = '654321';
export const SECRET = 'engine-client-secret-7f3a9c1e5b';
export const ROTATING_SECRET = 'engine-rotating-secret-2d8e6f';
export const ALICE_ID = 'a1b2c3d4-aaaa-4bbb-8ccc-000000000001';
export const ERIN_TOTP = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const user = (username: string, password: string, extra: Partial<DoubleUser> = {}): DoubleUser => ({
  username,
  password,
  ...extra,
});

/** Fresh pools for one double. */
export function enginePools(): DoublePool[] {
  const phone = { attributes: { phone_number: '+15555550123' } };
  return [
    {
      userPoolId: POOL_ID,
      emailAlias: true,
      fixedCode: CODE,
      clients: [
        { clientId: 'engine-public' },
        { clientId: 'engine-secret', clientSecret: SECRET },
        { clientId: 'engine-password-only', flows: ['USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH'] },
        { clientId: 'engine-srp-only', flows: ['USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH'] },
        { clientId: 'engine-rotating', clientSecret: ROTATING_SECRET, refreshRotation: true },
      ],
      users: [
        user(ALICE_ID, 'Alice-Pass1', { email: 'alice@example.com', groups: ['admins'] }),
        user('bob', 'Bob-Pass12'),
        user('dave', 'Temp-Pass1', {
          email: 'dave@example.com',
          status: 'FORCE_CHANGE_PASSWORD',
          requiredAttributes: ['given_name'],
        }),
        user('hank', 'Hank-Pass1', { ...phone, mfa: { sms: true } }),
        user('emma', 'Emma-Pass1', { email: 'emma@example.com', mfa: { email: true } }),
        user('sam', 'Sam-Pass12', {
          ...phone,
          email: 'sam@example.com',
          mfa: { sms: true, email: true },
        }),
        user('erin', 'Erin-Pass1', { mfa: { totpSecret: ERIN_TOTP } }),
        user('frank', 'Frank-Pass1', { email: 'frank@example.com', mfa: { setupRequired: true } }),
        user('rita', 'Rita-Pass1', { email: 'rita@example.com', status: 'RESET_REQUIRED' }),
        user('uma', 'Uma-Pass12', { status: 'UNCONFIRMED' }),
        user('dina', 'Dina-Pass1', { enabled: false }),
        user('fred', 'Fred-Pass1', { email: 'fred@example.com' }),
        user('carl', 'Carl-Pass1'),
        user('owen', 'Owen-Pass1'),
        user('rory', 'Rory-Pass1', { email: 'rory@example.com' }),
      ],
    },
  ];
}

/** An engine for one of the pool's clients at the double (short retry back-off). */
export function engineFor(
  double: CognitoDouble,
  clientId: string,
  extra: Partial<PoolConnection> = {},
): CognitoEngine {
  return createCognitoEngine(
    { userPoolId: POOL_ID, clientId, endpoint: double.endpoint, ...extra },
    { retryBaseDelayMs: 5 },
  );
}

/** Body keys whose values are secret: passwords, hashes, sessions, tokens, codes. */
const SECRET_KEYS =
  /PASSWORD|Password|SECRET|Secret|Session|TOKEN|Token|CODE|Code|SRP_A|PASSWORD_CLAIM/;

function secretsIn(value: unknown, found: Set<string>): void {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (typeof inner === 'string' && SECRET_KEYS.test(key) && inner.length >= 4) found.add(inner);
    else secretsIn(inner, found);
  }
}

/** Every secret the double has seen, plus the pool's passwords and client secrets. */
export function knownSecrets(double: CognitoDouble): string[] {
  const found = new Set<string>([SECRET, ROTATING_SECRET]);
  for (const pool of enginePools()) for (const { password } of pool.users) found.add(password);
  for (const request of double.requests) secretsIn(request.body, found);
  return [...found];
}

/** The AuthError a promise rejects with; checks that its sentence holds no known secret. */
export async function authError(
  double: CognitoDouble,
  promise: Promise<unknown>,
): Promise<AuthError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AuthError);
  const authFailure = error as AuthError;
  for (const secret of knownSecrets(double)) expect(authFailure.message).not.toContain(secret);
  return authFailure;
}

/** The tokens of a finished step, or a failed expectation. */
export function tokensOf(step: AuthStep): TokenSet {
  if (step.type !== 'signed-in') throw new Error(`expected signed-in, got ${step.challenge}`);
  return step.tokens;
}

/** The request bodies the double received for one operation, oldest first. */
export function bodiesOf(double: CognitoDouble, operation: string): Record<string, unknown>[] {
  return double.requests.filter((request) => request.operation === operation).map((r) => r.body);
}

/** The RespondToAuthChallenge bodies that answered one challenge. */
export function challengeBodies(double: CognitoDouble, name: string): Record<string, unknown>[] {
  return bodiesOf(double, 'RespondToAuthChallenge').filter((body) => body.ChallengeName === name);
}

/** A RespondToAuthChallenge body's ChallengeResponses. */
export function responsesOf(body: Record<string, unknown> | undefined): Record<string, string> {
  return (body?.ChallengeResponses ?? {}) as Record<string, string>;
}
