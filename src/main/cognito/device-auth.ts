// DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER: a remembered device proves it holds its device
// password with a second SRP exchange, keyed on the device group key (in the pool name's place)
// and the device key (in the username's place). The engine answers both itself; Cognito then
// hands out tokens without asking for MFA.
import { AuthError, unexpectedResponse } from '../../shared/errors';
import type { AuthAnswer } from './auth-answer';
import { respondToChallenge } from './challenge-call';
import { withSecretHash } from './secret-hash';
import { createSrpClient } from './srp';
import type { RememberedDevice } from './types';
import type { Wire } from './wire';

/** Answers DEVICE_SRP_AUTH and the DEVICE_PASSWORD_VERIFIER that follows; returns Cognito's next answer. */
export async function answerDeviceSrp(
  wire: Wire,
  input: { challenge: AuthAnswer; device: RememberedDevice; username: string; now: Date },
): Promise<AuthAnswer> {
  const { device } = input;
  const username = input.challenge.ChallengeParameters?.USERNAME || input.username;
  const srp = createSrpClient();
  const first = await respond(wire, 'DEVICE_SRP_AUTH', input.challenge.Session, device, {
    USERNAME: username,
    DEVICE_KEY: device.key,
    SRP_A: srp.srpA,
  });
  if (first.ChallengeName !== 'DEVICE_PASSWORD_VERIFIER') {
    throw unexpectedResponse(
      'Cognito did not follow DEVICE_SRP_AUTH with DEVICE_PASSWORD_VERIFIER.',
    );
  }
  const parameters = first.ChallengeParameters ?? {};
  const { SRP_B: srpB, SALT: salt, SECRET_BLOCK: secretBlock } = parameters;
  if (!srpB || !salt || !secretBlock) {
    throw unexpectedResponse(
      'Cognito sent DEVICE_PASSWORD_VERIFIER without SRP_B, SALT or SECRET_BLOCK.',
    );
  }
  let claim: { signature: string; timestamp: string };
  try {
    claim = srp.passwordClaim({
      poolName: device.groupKey,
      userIdForSrp: device.key,
      password: device.password,
      srpB,
      salt,
      secretBlock,
      now: input.now,
    });
  } catch (error) {
    if (error instanceof AuthError) throw error;
    throw unexpectedResponse('Cognito sent device SRP values that cannot be used.');
  }
  return respond(wire, 'DEVICE_PASSWORD_VERIFIER', first.Session, device, {
    USERNAME: parameters.USERNAME || username,
    DEVICE_KEY: device.key,
    PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
    PASSWORD_CLAIM_SIGNATURE: claim.signature,
    TIMESTAMP: claim.timestamp,
  });
}

function respond(
  wire: Wire,
  challenge: 'DEVICE_SRP_AUTH' | 'DEVICE_PASSWORD_VERIFIER',
  session: string | undefined,
  device: RememberedDevice,
  parameters: Record<string, string>,
): Promise<AuthAnswer> {
  const responses = withSecretHash(wire.connection, parameters.USERNAME ?? '', parameters);
  return respondToChallenge(wire, {
    challenge,
    responses,
    session,
    secrets: [device.password, device.key, device.groupKey, responses.PASSWORD_CLAIM_SIGNATURE],
  });
}
