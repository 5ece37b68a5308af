// SELECT_CHALLENGE of the choice flow (USER_AUTH): the step listing the methods Cognito offers,
// and the answer that picks one. PASSWORD and PASSWORD_SRP finish inside that same answer (the
// password itself, or SRP_A and then PASSWORD_VERIFIER), so they need the password here.
import {
  RespondToAuthChallengeCommand,
  type RespondToAuthChallengeCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { SIGN_IN_METHODS, type ChallengeStep, type SignInMethod } from '../../shared/auth';
import { AuthError, unexpectedResponse } from '../../shared/errors';
import { answerPasswordVerifier } from './password-verifier';
import { withSecretHash } from './secret-hash';
import { createSrpClient } from './srp';
import { type Wire, callCognitoOnce } from './wire';

/** Why WEB_AUTHN is left out: said wherever Cognito offers it. */
export const PASSKEY_REASON =
  'a passkey (WEB_AUTHN) needs a browser or the operating system to sign the request, which this app cannot do';

function isMethod(name: string): name is SignInMethod {
  return (SIGN_IN_METHODS as readonly string[]).includes(name);
}

/** The SELECT_CHALLENGE step from Cognito's AvailableChallenges; WEB_AUTHN is named, not offered. */
export function selectChallengeStep(available: unknown): ChallengeStep {
  if (!Array.isArray(available) || !available.every((name) => typeof name === 'string')) {
    throw unexpectedResponse('Cognito asked to choose a sign-in method without listing them.');
  }
  const options = [...new Set(available.filter(isMethod))];
  const passkey = available.includes('WEB_AUTHN');
  if (options.length === 0) {
    throw new AuthError(
      'mfa-not-supported',
      passkey
        ? `Cognito offers this user only a passkey, and ${PASSKEY_REASON}: sign in with the passkey in a browser, or ask an administrator to allow another method.`
        : 'Cognito offers this user no sign-in method this app supports: ask an administrator to allow email or SMS codes or a password.',
    );
  }
  const prompt = passkey
    ? `Choose how to sign in (a passkey is offered too, but not supported here: ${PASSKEY_REASON}).`
    : 'Choose how to sign in.';
  return {
    type: 'challenge',
    challenge: 'SELECT_CHALLENGE',
    prompt,
    fields: [{ name: 'method', label: 'Sign-in method', kind: 'choice', required: true, options }],
  };
}

/** What answering SELECT_CHALLENGE needs; `password` may be '' when a code was chosen. */
export interface ChoiceAnswer {
  session: string;
  /** The identity USERNAME and SECRET_HASH carry (the typed name until Cognito names another). */
  username: string;
  method: string;
  password: string;
  now: () => Date;
}

/** Sends the chosen method (with the password or SRP_A it needs); answers PASSWORD_VERIFIER too. */
export async function answerSelectChallenge(
  wire: Wire,
  input: ChoiceAnswer,
): Promise<RespondToAuthChallengeCommandOutput> {
  const { method, password } = input;
  const withPassword = method === 'PASSWORD' || method === 'PASSWORD_SRP';
  if (withPassword && password === '') {
    throw new AuthError('invalid-input', 'Enter the password to sign in with it.');
  }
  const srp = method === 'PASSWORD_SRP' ? createSrpClient() : undefined;
  const { connection } = wire;
  const responses = withSecretHash(connection, input.username, {
    USERNAME: input.username,
    ANSWER: method,
    ...(method === 'PASSWORD' ? { PASSWORD: password } : {}),
    ...(srp ? { SRP_A: srp.srpA } : {}),
  });
  // An email or SMS code is sent by this very call: never sent twice on a server error.
  const answer = await callCognitoOnce(
    wire,
    'challenge',
    (client) =>
      client.send(
        new RespondToAuthChallengeCommand({
          ClientId: connection.clientId,
          ChallengeName: 'SELECT_CHALLENGE',
          ChallengeResponses: responses,
          Session: input.session,
        }),
      ),
    [input.session, responses.SECRET_HASH, withPassword ? password : undefined],
  );
  if (!srp || answer.ChallengeName !== 'PASSWORD_VERIFIER') return answer;
  return answerPasswordVerifier(wire, { srp, challenge: answer, password, now: input.now() });
}
