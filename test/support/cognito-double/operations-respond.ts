// RespondToAuthChallenge: routes each challenge; PASSWORD_VERIFIER and NEW_PASSWORD_REQUIRED live here.
import { READ_ONLY_ATTRIBUTES, STANDARD_ATTRIBUTES, writeAttributes } from './attributes';
import { answeringUser } from './challenge-answer';
import type { DoubleContext, Operation } from './context';
import { CognitoError, incorrectCredentials, invalidParameter } from './errors';
import { afterNewPassword, afterPassword, partiesOf } from './next-step';
import { devicePasswordVerifier, deviceSrpAuth } from './operations-device-auth';
import { mfaCodeAnswer, mfaSetupAnswer, selectMfaTypeAnswer } from './operations-mfa';
import { selectChallengeAnswer } from './operations-user-auth';
import { optionalString, requiredParam, requiredString, stringMap } from './params';
import { checkPasswordPolicy } from './password-policy';
import { checkSecretHash } from './secret-hash';
import { timestampIsFresh, verifyClaim } from './srp-server';
import { checkCanSignIn, checkConfirmed } from './user-checks';

function passwordVerifier(
  context: DoubleContext,
  clientId: string,
  responses: Record<string, string>,
) {
  const secretBlock = requiredParam(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
  const signature = requiredParam(responses, 'PASSWORD_CLAIM_SIGNATURE');
  const timestamp = requiredParam(responses, 'TIMESTAMP');
  const session = context.sessions.take(secretBlock, 'PASSWORD_VERIFIER', clientId);
  const { srp, pool, client } = session;
  if (!session.user || !srp) {
    // The decoy challenge of an unknown user: look like a wrong password.
    checkSecretHash(client, requiredParam(responses, 'USERNAME'), responses.SECRET_HASH);
    context.sessions.close(session);
    throw incorrectCredentials();
  }
  const user = answeringUser(context, session, responses);
  const fresh = timestampIsFresh(timestamp);
  // One proof per SRP exchange: a wrong one burns the SECRET_BLOCK.
  context.sessions.close(session);
  if (!fresh || !verifyClaim(srp, secretBlock, timestamp, signature)) throw incorrectCredentials();
  checkCanSignIn(user);
  checkConfirmed(user);
  // identity-js sends DEVICE_KEY here too; either place counts.
  const deviceKey = responses.DEVICE_KEY ?? session.deviceKey;
  return afterPassword(context, { pool, client, user, deviceKey });
}

const PREFIX = 'userAttributes.';

/** The attribute writes of a NEW_PASSWORD_REQUIRED answer, refused as Cognito refuses them. */
function attributeWrites(responses: Record<string, string>): Record<string, string> {
  const writes: Record<string, string> = {};
  for (const [key, value] of Object.entries(responses)) {
    if (!key.startsWith(PREFIX)) continue;
    const name = key.slice(PREFIX.length);
    if (READ_ONLY_ATTRIBUTES.has(name)) {
      throw new CognitoError(
        'NotAuthorizedException',
        'A client attempted to write unauthorized attribute',
      );
    }
    if (!STANDARD_ATTRIBUTES.has(name) && !name.startsWith('custom:')) {
      throw invalidParameter(
        `Attributes did not conform to the schema: Type for attribute {${name}} could not be determined`,
      );
    }
    writes[name] = value;
  }
  return writes;
}

function newPasswordRequired(
  context: DoubleContext,
  clientId: string,
  sessionId: string | undefined,
  responses: Record<string, string>,
) {
  const session = context.sessions.take(sessionId, 'NEW_PASSWORD_REQUIRED', clientId);
  const user = answeringUser(context, session, responses);
  const newPassword = requiredParam(responses, 'NEW_PASSWORD');
  const writes = attributeWrites(responses);
  const current = context.directory.attributes(user);
  const missing = (user.requiredAttributes ?? []).filter((name) => !writes[name] && !current[name]);
  if (missing.length > 0)
    throw invalidParameter(`Invalid attributes given, ${missing.join(' and ')} is missing`);
  // A refused password leaves the session open for another try, as Cognito does.
  checkPasswordPolicy(session.pool, newPassword);
  context.sessions.close(session);
  user.password = newPassword;
  user.status = 'CONFIRMED';
  writeAttributes(user, writes);
  return afterNewPassword(context, partiesOf(session, user));
}

const CHALLENGES = [
  'SMS_MFA',
  'EMAIL_OTP',
  'PASSWORD_VERIFIER',
  'CUSTOM_CHALLENGE',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
  'NEW_PASSWORD_REQUIRED',
  'SOFTWARE_TOKEN_MFA',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'SMS_OTP',
  'PASSWORD',
  'WEB_AUTHN',
  'PASSWORD_SRP',
  'SELECT_CHALLENGE',
];

/** RespondToAuthChallenge. */
export const respondToAuthChallenge: Operation = (context, body) => {
  const clientId = requiredString(body, 'ClientId');
  const name = requiredString(body, 'ChallengeName');
  const responses = stringMap(body, 'ChallengeResponses');
  const sessionId = optionalString(body, 'Session');
  if (!CHALLENGES.includes(name)) {
    throw invalidParameter(
      `1 validation error detected: Value '${name}' at 'challengeName' failed to satisfy constraint: ` +
        `Member must satisfy enum value set: [${CHALLENGES.join(', ')}]`,
    );
  }
  context.directory.client(clientId);
  switch (name) {
    case 'PASSWORD_VERIFIER':
      return passwordVerifier(context, clientId, responses);
    case 'NEW_PASSWORD_REQUIRED':
      return newPasswordRequired(context, clientId, sessionId, responses);
    case 'SMS_MFA':
    case 'SOFTWARE_TOKEN_MFA':
    case 'EMAIL_OTP':
    case 'SMS_OTP':
      return mfaCodeAnswer(context, name, clientId, sessionId, responses);
    case 'SELECT_CHALLENGE':
      return selectChallengeAnswer(context, clientId, sessionId, responses);
    case 'SELECT_MFA_TYPE':
      return selectMfaTypeAnswer(context, clientId, sessionId, responses);
    case 'MFA_SETUP':
      return mfaSetupAnswer(context, clientId, sessionId, responses);
    case 'DEVICE_SRP_AUTH':
      return deviceSrpAuth(context, clientId, sessionId, responses);
    case 'DEVICE_PASSWORD_VERIFIER':
      return devicePasswordVerifier(context, clientId, sessionId, responses);
    default:
      // Challenges the double never issues, so no session can match.
      throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
  }
};
