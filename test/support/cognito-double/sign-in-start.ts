// What the sign-in flows share at their start: finding the user, and the PASSWORD_VERIFIER
// challenge SRP answers with (USER_SRP_AUTH, and PASSWORD_SRP in USER_AUTH).
import { randomBytes } from 'node:crypto';
import type { DoubleContext } from './context';
import { invalidParameter, userNotFound } from './errors';
import { N, g, modPow, parseHex } from './srp-math';
import { makeVerifier, startSrp } from './srp-server';
import type { DoubleClient, DoublePool, DoubleUser } from './types';
import { checkCanSignIn } from './user-checks';

/** The user for a sign-in, or UserNotFoundException / undefined under PreventUserExistenceErrors. */
export function signInUser(
  context: DoubleContext,
  pool: DoublePool,
  typed: string,
): DoubleUser | undefined {
  const user = context.directory.findUser(pool, typed);
  if (user) return user;
  if (pool.preventUserExistenceErrors) return undefined;
  throw userNotFound();
}

/** Who starts SRP and with which A. */
export interface SrpStart {
  pool: DoublePool;
  client: DoubleClient;
  /** The name as typed; ignored when `user` is given. */
  typed: string;
  srpA: string;
  /** Already found (SELECT_CHALLENGE); otherwise looked up from `typed`. */
  user?: DoubleUser;
  /** DEVICE_KEY from InitiateAuth, checked once the password is proven. */
  deviceKey?: string;
}

/** Checks SRP_A and answers PASSWORD_VERIFIER (no Session: SECRET_BLOCK carries the state). */
export function srpChallenge(context: DoubleContext, start: SrpStart): Record<string, unknown> {
  const { pool, client, typed } = start;
  const A = parseHex(start.srpA);
  if (A === undefined || A % N === 0n)
    throw invalidParameter('Invalid SRP_A: it must be hex and not 0 mod N');
  const user = start.user ?? signInUser(context, pool, typed);
  if (user) checkCanSignIn(user);
  // An unknown user under PreventUserExistenceErrors gets a decoy challenge that can never verify.
  const userId = user?.username ?? typed;
  const salt = user ? context.directory.salt(user) : randomBytes(16).toString('hex');
  const verifier = user
    ? makeVerifier(pool.userPoolId, userId, user.password, parseHex(salt) ?? 0n)
    : modPow(g, BigInt(`0x${randomBytes(32).toString('hex')}`), N);
  const srp = startSrp(pool.userPoolId, userId, A, verifier);
  const secretBlock = randomBytes(512).toString('base64');
  const fields = { challenge: 'PASSWORD_VERIFIER', pool, client, user, srp } as const;
  context.sessions.open({ ...fields, deviceKey: start.deviceKey }, secretBlock);
  return {
    ChallengeName: 'PASSWORD_VERIFIER',
    ChallengeParameters: {
      SALT: salt,
      SECRET_BLOCK: secretBlock,
      SRP_B: srp.B.toString(16),
      USERNAME: userId,
      USER_ID_FOR_SRP: userId,
    },
  };
}
