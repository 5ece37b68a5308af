// One RespondToAuthChallenge that the engine answers itself (PASSWORD_VERIFIER, the device SRP):
// sent once (a spent SECRET_BLOCK or session cannot be sent again), with its secrets kept out of
// any error sentence.
import { RespondToAuthChallengeCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { RespondToAuthChallengeCommandOutput } from '@aws-sdk/client-cognito-identity-provider';
import type { FlowName } from './error-context';
import { type Wire, callCognitoOnce } from './wire';

/** RespondToAuthChallenge with ready responses (SECRET_HASH included); Session only when given. */
export function respondToChallenge(
  wire: Wire,
  call: {
    challenge: 'PASSWORD_VERIFIER' | 'DEVICE_SRP_AUTH' | 'DEVICE_PASSWORD_VERIFIER';
    responses: Record<string, string>;
    session: string | undefined;
    /** Values that must never appear in an error sentence. */
    secrets: readonly (string | undefined)[];
    flow?: FlowName;
  },
): Promise<RespondToAuthChallengeCommandOutput> {
  const { session } = call;
  return callCognitoOnce(
    wire,
    'sign-in',
    (client) =>
      client.send(
        new RespondToAuthChallengeCommand({
          ClientId: wire.connection.clientId,
          ChallengeName: call.challenge,
          ChallengeResponses: call.responses,
          ...(session ? { Session: session } : {}),
        }),
      ),
    [...call.secrets, session, call.responses.SECRET_HASH],
    call.flow ? { flow: call.flow } : {},
  );
}
