// DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER: a remembered device proves it holds its device
// password with a second SRP exchange, keyed on the device group (as "pool name") and the device
// key (as "user"), against the verifier ConfirmDevice stored. It replaces the MFA code.
import { randomBytes } from 'node:crypto';
import { answeringUser } from './challenge-answer';
import type { DoubleContext } from './context';
import { signedIn, presentedDevice } from './device-sign-in';
import { deviceNotFound } from './devices';
import { incorrectCredentials, invalidParameter, invalidSession } from './errors';
import { partiesOf } from './next-step';
import { requiredParam } from './params';
import { N, parseHex } from './srp-math';
import { startSrp, timestampIsFresh, verifyClaim } from './srp-server';

/** DEVICE_SRP_AUTH: USERNAME, DEVICE_KEY and SRP_A in; DEVICE_PASSWORD_VERIFIER out. */
export function deviceSrpAuth(
  context: DoubleContext,
  clientId: string,
  sessionId: string | undefined,
  responses: Record<string, string>,
): Record<string, unknown> {
  const session = context.sessions.take(sessionId, 'DEVICE_SRP_AUTH', clientId);
  const user = answeringUser(context, session, responses);
  const deviceKey = requiredParam(responses, 'DEVICE_KEY');
  const A = parseHex(requiredParam(responses, 'SRP_A'));
  if (A === undefined || A % N === 0n)
    throw invalidParameter('Invalid SRP_A: it must be hex and not 0 mod N');
  if (deviceKey !== session.deviceKey) throw invalidSession();
  const device = presentedDevice(context, { ...partiesOf(session, user), deviceKey });
  if (!device?.verifier || !device.salt) throw deviceNotFound();
  context.sessions.close(session);
  const srp = {
    ...startSrp(session.pool.userPoolId, deviceKey, A, device.verifier),
    poolName: device.groupKey,
  };
  const secretBlock = randomBytes(256).toString('base64');
  const next = context.sessions.open({
    challenge: 'DEVICE_PASSWORD_VERIFIER',
    ...partiesOf(session, user),
    srp,
    secretBlock,
  });
  return {
    ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
    ChallengeParameters: {
      SALT: device.salt,
      SECRET_BLOCK: secretBlock,
      SRP_B: srp.B.toString(16),
      USERNAME: user.username,
    },
    Session: next.id,
  };
}

/** DEVICE_PASSWORD_VERIFIER: the device's claim; tokens when it holds (no MFA asked). */
export function devicePasswordVerifier(
  context: DoubleContext,
  clientId: string,
  sessionId: string | undefined,
  responses: Record<string, string>,
): Record<string, unknown> {
  const session = context.sessions.take(sessionId, 'DEVICE_PASSWORD_VERIFIER', clientId);
  const user = answeringUser(context, session, responses);
  const secretBlock = requiredParam(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
  const signature = requiredParam(responses, 'PASSWORD_CLAIM_SIGNATURE');
  const timestamp = requiredParam(responses, 'TIMESTAMP');
  if (requiredParam(responses, 'DEVICE_KEY') !== session.deviceKey) throw invalidSession();
  const fresh = timestampIsFresh(timestamp);
  context.sessions.close(session);
  const { srp } = session;
  const proven =
    fresh &&
    srp !== undefined &&
    secretBlock === session.secretBlock &&
    verifyClaim(srp, secretBlock, timestamp, signature);
  if (!proven) throw incorrectCredentials();
  return signedIn(context, partiesOf(session, user));
}
