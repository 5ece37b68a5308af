// Starts a sign-in: InitiateAuth with SRP (the default) or a plain password, then PASSWORD_VERIFIER
// answered here, so the caller only ever sees steps a person must answer.
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { AuthError } from './auth-error';
import { Conversation } from './conversation';
import type { FlowName } from './error-context';
import { answerPasswordVerifier } from './password-verifier';
import { withSecretHash } from './secret-hash';
import { createSrpClient } from './srp';
import type { SignInConversation, SignInInput } from './types';
import { type Wire, callCognito } from './wire';

function checkInput(input: SignInInput): string {
  const username = input.username.trim();
  if (username === '') throw new AuthError('invalid-input', 'Enter the username.');
  if (input.password === '') throw new AuthError('invalid-input', 'Enter the password.');
  if ((input.flow as string) !== 'srp' && (input.flow as string) !== 'password') {
    throw new AuthError('invalid-input', 'The sign-in flow must be srp or password.');
  }
  return username;
}

/** Runs InitiateAuth (and PASSWORD_VERIFIER for SRP); returns the conversation at its first step. */
export async function startSignIn(
  wire: Wire,
  input: SignInInput,
  now: () => Date,
): Promise<SignInConversation> {
  const username = checkInput(input);
  const { connection } = wire;
  const flow: FlowName = input.flow === 'srp' ? 'USER_SRP_AUTH' : 'USER_PASSWORD_AUTH';
  const srp = input.flow === 'srp' ? createSrpClient() : undefined;
  // The typed name (perhaps an email alias) is the identity SECRET_HASH covers at InitiateAuth.
  const parameters = withSecretHash(connection, username, {
    USERNAME: username,
    ...(srp ? { SRP_A: srp.srpA } : { PASSWORD: input.password }),
  });
  const first = await callCognito(
    wire,
    'sign-in',
    (client) =>
      client.send(
        new InitiateAuthCommand({
          AuthFlow: flow,
          ClientId: connection.clientId,
          AuthParameters: parameters,
        }),
      ),
    [input.password, parameters.SECRET_HASH],
    { flow },
  );
  const conversation = new Conversation(wire, username);
  if (srp && first.ChallengeName === 'PASSWORD_VERIFIER') {
    const next = await answerPasswordVerifier(wire, {
      srp,
      challenge: first,
      password: input.password,
      now: now(),
    });
    await conversation.advance(next);
  } else {
    await conversation.advance(first);
  }
  return conversation;
}
