// USER_AUTH, choice-based sign-in: InitiateAuth with an optional PREFERRED_CHALLENGE, or
// SELECT_CHALLENGE listing AvailableChallenges; then the chosen method. A passwordless code is the
// first factor here, so tokens follow it; a password (plain or SRP) goes on to MFA as elsewhere.
import { maskPhone } from './attributes';
import type { DoubleContext } from './context';
import { incorrectCredentials, invalidParameter, invalidSession } from './errors';
import { afterPassword, challenge, mfaChallenge, type SignInParties } from './next-step';
import { requiredParam } from './params';
import { checkSecretHash } from './secret-hash';
import { signInUser, srpChallenge } from './sign-in-start';
import type { DoubleClient, DoublePool } from './types';
import { checkCanSignIn, checkConfirmed } from './user-checks';

/** Every name Cognito accepts as PREFERRED_CHALLENGE or a SELECT_CHALLENGE ANSWER. */
const METHODS = ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

/** The methods a user can sign in with: the pool's first factors the user has what it takes for. */
function availableMethods(context: DoubleContext, parties: SignInParties): string[] {
  const factors = parties.pool.firstAuthFactors ?? [
    'PASSWORD',
    'EMAIL_OTP',
    'SMS_OTP',
    'WEB_AUTHN',
  ];
  const attributes = context.directory.attributes(parties.user);
  const methods: string[] = [];
  if (factors.includes('PASSWORD')) methods.push('PASSWORD', 'PASSWORD_SRP');
  if (factors.includes('EMAIL_OTP') && attributes.email) methods.push('EMAIL_OTP');
  if (factors.includes('SMS_OTP') && attributes.phone_number) methods.push('SMS_OTP');
  if (factors.includes('WEB_AUTHN') && parties.user.passkey) methods.push('WEB_AUTHN');
  return methods;
}

/** Starts one method with the parameters that came with it (AuthParameters or ChallengeResponses). */
function startMethod(
  context: DoubleContext,
  parties: SignInParties,
  method: string,
  params: Record<string, string>,
): Record<string, unknown> {
  const { pool, client, user } = parties;
  switch (method) {
    case 'PASSWORD': {
      if (user.password !== requiredParam(params, 'PASSWORD')) throw incorrectCredentials();
      checkConfirmed(user);
      return afterPassword(context, parties);
    }
    case 'PASSWORD_SRP':
      return srpChallenge(context, {
        pool,
        client,
        typed: user.username,
        user,
        srpA: requiredParam(params, 'SRP_A'),
        deviceKey: parties.deviceKey,
      });
    case 'EMAIL_OTP':
      return mfaChallenge(context, parties, 'EMAIL_OTP');
    case 'SMS_OTP': {
      const phone = context.directory.attributes(user).phone_number ?? '+10000000000';
      return challenge(context, parties, 'SMS_OTP', {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
        CODE_DELIVERY_DESTINATION: maskPhone(phone),
      });
    }
    default:
      // WEB_AUTHN needs a signed CREDENTIAL the double cannot check.
      requiredParam(params, 'CREDENTIAL');
      throw new Error('The Cognito double cannot verify a WEB_AUTHN credential.');
  }
}

/** InitiateAuth with AuthFlow USER_AUTH. */
export function userAuth(
  context: DoubleContext,
  pool: DoublePool,
  client: DoubleClient,
  params: Record<string, string>,
): Record<string, unknown> {
  const typed = requiredParam(params, 'USERNAME');
  checkSecretHash(client, typed, params.SECRET_HASH);
  const preferred = params.PREFERRED_CHALLENGE;
  if (preferred !== undefined && !METHODS.includes(preferred)) {
    throw invalidParameter(`Invalid PREFERRED_CHALLENGE: ${preferred}`);
  }
  const user = signInUser(context, pool, typed);
  if (!user) throw incorrectCredentials();
  checkCanSignIn(user);
  const parties = { pool, client, user, deviceKey: params.DEVICE_KEY };
  const methods = availableMethods(context, parties);
  if (preferred !== undefined && methods.includes(preferred)) {
    return startMethod(context, parties, preferred, params);
  }
  // No preference, or one this user cannot use: Cognito lists what they can.
  const session = context.sessions.open({ challenge: 'SELECT_CHALLENGE', ...parties, methods });
  return {
    ChallengeName: 'SELECT_CHALLENGE',
    ChallengeParameters: {},
    AvailableChallenges: methods,
    Session: session.id,
  };
}

/** RespondToAuthChallenge SELECT_CHALLENGE: ANSWER names one of AvailableChallenges. */
export function selectChallengeAnswer(
  context: DoubleContext,
  clientId: string,
  sessionId: string | undefined,
  responses: Record<string, string>,
): Record<string, unknown> {
  const session = context.sessions.take(sessionId, 'SELECT_CHALLENGE', clientId);
  const { pool, client, user } = session;
  const username = requiredParam(responses, 'USERNAME');
  if (!user || context.directory.findUser(pool, username) !== user) throw invalidSession();
  // SELECT_CHALLENGE names no user, so the client still holds the name it typed: SECRET_HASH
  // covers the USERNAME it sends; the challenges after it name the internal username.
  checkSecretHash(client, username, responses.SECRET_HASH);
  const answer = requiredParam(responses, 'ANSWER');
  if (!session.methods?.includes(answer)) {
    throw invalidParameter(`The challenge ${answer} is not available for this user.`);
  }
  if (answer === 'PASSWORD' && user.password !== requiredParam(responses, 'PASSWORD')) {
    session.failures += 1;
    throw incorrectCredentials();
  }
  const parties = { pool, client, user, deviceKey: session.deviceKey };
  const next = startMethod(context, parties, answer, responses);
  context.sessions.close(session);
  return next;
}
