// PASSWORD_VERIFIER is the second half of USER_SRP_AUTH: the engine answers it itself with the
// SRP password claim. Identities matter here: the claim is keyed on USER_ID_FOR_SRP, while USERNAME
// and SECRET_HASH use the USERNAME Cognito sent back (the internal name, not the typed alias).
import type {
  InitiateAuthCommandOutput,
  RespondToAuthChallengeCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { AuthError } from '../../shared/errors';
import { respondToChallenge } from './challenge-call';
import { withSecretHash } from './secret-hash';
import type { SrpClient } from './srp';
import type { Wire } from './wire';

function missingParameter(name: string): AuthError {
  return new AuthError(
    'unexpected-response',
    `Cognito's PASSWORD_VERIFIER challenge lacks ${name}: try again, or check the endpoint.`,
  );
}

function required(parameters: Record<string, string>, name: string): string {
  const value = parameters[name];
  if (!value) throw missingParameter(name);
  return value;
}

/** Answers PASSWORD_VERIFIER with the SRP claim and returns Cognito's next answer. */
export async function answerPasswordVerifier(
  wire: Wire,
  input: {
    srp: SrpClient;
    challenge: InitiateAuthCommandOutput;
    password: string;
    now: Date;
    /** The held device's key: Cognito checks it once the password is proven. */
    deviceKey?: string | undefined;
  },
): Promise<RespondToAuthChallengeCommandOutput> {
  const parameters = input.challenge.ChallengeParameters ?? {};
  const userIdForSrp = required(parameters, 'USER_ID_FOR_SRP');
  const username = parameters.USERNAME || userIdForSrp;
  let claim: { signature: string; timestamp: string };
  try {
    claim = input.srp.passwordClaim({
      poolName: wire.connection.poolName,
      userIdForSrp,
      password: input.password,
      srpB: required(parameters, 'SRP_B'),
      salt: required(parameters, 'SALT'),
      secretBlock: required(parameters, 'SECRET_BLOCK'),
      now: input.now,
    });
  } catch (error) {
    if (error instanceof AuthError) throw error;
    throw new AuthError(
      'unexpected-response',
      'Cognito sent SRP values that cannot be used (a bad SRP_B or salt): try the sign-in again.',
      { cause: error },
    );
  }
  const secretBlock = required(parameters, 'SECRET_BLOCK');
  const responses = withSecretHash(wire.connection, username, {
    USERNAME: username,
    PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
    PASSWORD_CLAIM_SIGNATURE: claim.signature,
    TIMESTAMP: claim.timestamp,
    ...(input.deviceKey ? { DEVICE_KEY: input.deviceKey } : {}),
  });
  return respondToChallenge(wire, {
    challenge: 'PASSWORD_VERIFIER',
    responses,
    session: input.challenge.Session,
    secrets: [input.password, secretBlock, claim.signature],
    flow: 'USER_SRP_AUTH',
  });
}
