// MFA answers (SMS, TOTP, email, choice, set-up) and the TOTP registration operations.
import { answeringUser } from './challenge-answer';
import type { DoubleContext, Operation } from './context';
import { CognitoError, invalidParameter, invalidSession } from './errors';
import { signedIn } from './device-sign-in';
import { mfaChallenge, mfaMethods, partiesOf } from './next-step';
import { optionalString, requiredParam, requiredString } from './params';
import type { ChallengeSession } from './sessions';
import { matchTotp, newTotpSecret } from './totp';
import type { DoubleUser } from './types';

type CodeChallenge = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP' | 'SMS_OTP';

const CODE_KEYS: Record<CodeChallenge, string> = {
  SMS_MFA: 'SMS_MFA_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SMS_OTP: 'SMS_OTP_CODE',
};

/** Accepts a TOTP code once (RFC 6238 §5.2), or throws. */
function acceptTotp(
  context: DoubleContext,
  user: DoubleUser,
  secret: string,
  code: string,
): boolean {
  const step = matchTotp(secret, code, Date.now());
  if (step === undefined) return false;
  const runtime = context.directory.runtime(user);
  if (step <= runtime.lastTotpStep) {
    throw new CognitoError(
      'ExpiredCodeException',
      'Your software token has already been used once.',
    );
  }
  runtime.lastTotpStep = step;
  return true;
}

function wrongCode(session: ChallengeSession): CognitoError {
  session.failures += 1;
  return new CognitoError('CodeMismatchException', 'Invalid code received for user');
}

/** SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP or SMS_OTP answered with a code. */
export function mfaCodeAnswer(
  context: DoubleContext,
  name: CodeChallenge,
  clientId: string,
  sessionId: string | undefined,
  responses: Record<string, string>,
): Record<string, unknown> {
  const session = context.sessions.take(sessionId, name, clientId);
  const user = answeringUser(context, session, responses);
  const code = requiredParam(responses, CODE_KEYS[name]);
  const ok =
    name === 'SOFTWARE_TOKEN_MFA'
      ? acceptTotp(context, user, user.mfa?.totpSecret ?? '', code)
      : code === (session.pool.fixedCode ?? '123456');
  if (!ok) throw wrongCode(session);
  context.sessions.close(session);
  return signedIn(context, partiesOf(session, user));
}

/** SELECT_MFA_TYPE: ANSWER picks one of MFAS_CAN_CHOOSE and gets that challenge. */
export function selectMfaTypeAnswer(
  context: DoubleContext,
  clientId: string,
  sessionId: string | undefined,
  responses: Record<string, string>,
): Record<string, unknown> {
  const session = context.sessions.take(sessionId, 'SELECT_MFA_TYPE', clientId);
  const user = answeringUser(context, session, responses);
  const answer = requiredParam(responses, 'ANSWER');
  const choice = mfaMethods(user).find((method) => method === answer);
  if (!choice || !session.choices?.includes(choice))
    throw invalidParameter(`Invalid MFA type ${answer}`);
  context.sessions.close(session);
  return mfaChallenge(context, partiesOf(session, user), choice);
}

/** MFA_SETUP, answered after VerifySoftwareToken accepted a code on this session. */
export function mfaSetupAnswer(
  context: DoubleContext,
  clientId: string,
  sessionId: string | undefined,
  responses: Record<string, string>,
): Record<string, unknown> {
  const session = context.sessions.take(sessionId, 'MFA_SETUP', clientId);
  const user = answeringUser(context, session, responses);
  if (!session.totpVerified || !session.totpSecret) throw invalidSession();
  context.sessions.close(session);
  user.mfa = {
    ...user.mfa,
    totpSecret: session.totpSecret,
    setupRequired: false,
    preferred: user.mfa?.preferred ?? 'SOFTWARE_TOKEN_MFA',
  };
  return signedIn(context, partiesOf(session, user));
}

/** AssociateSoftwareToken: with a MFA_SETUP Session (sign-in) or an AccessToken (signed in). */
export const associateSoftwareToken: Operation = (context, body) => {
  const sessionId = optionalString(body, 'Session');
  const accessToken = optionalString(body, 'AccessToken');
  const secret = newTotpSecret();
  if (accessToken !== undefined) {
    const grant = context.tokens.accessGrant(accessToken);
    context.directory.runtime(grant.user).pendingTotpSecret = secret;
    return { SecretCode: secret };
  }
  if (sessionId === undefined)
    throw invalidParameter('Either AccessToken or Session must be provided');
  const session = context.sessions.take(sessionId, 'MFA_SETUP');
  context.sessions.close(session);
  const next = context.sessions.open({ ...session, totpSecret: secret, totpVerified: false });
  return { SecretCode: secret, Session: next.id };
};

/** VerifySoftwareToken: checks a code against the secret just associated. */
export const verifySoftwareToken: Operation = (context, body) => {
  const code = requiredString(body, 'UserCode');
  const sessionId = optionalString(body, 'Session');
  const accessToken = optionalString(body, 'AccessToken');
  const mismatch = (): CognitoError =>
    new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');
  if (accessToken !== undefined) {
    const { user } = context.tokens.accessGrant(accessToken);
    const runtime = context.directory.runtime(user);
    const secret = runtime.pendingTotpSecret;
    if (!secret) throw invalidParameter('User has not associated a software token');
    if (!acceptTotp(context, user, secret, code)) throw mismatch();
    user.mfa = { ...user.mfa, totpSecret: secret };
    delete runtime.pendingTotpSecret;
    return { Status: 'SUCCESS' };
  }
  if (sessionId === undefined)
    throw invalidParameter('Either AccessToken or Session must be provided');
  const session = context.sessions.take(sessionId, 'MFA_SETUP');
  if (!session.totpSecret || !session.user) throw invalidSession();
  if (!acceptTotp(context, session.user, session.totpSecret, code)) {
    session.failures += 1;
    throw mismatch();
  }
  context.sessions.close(session);
  const next = context.sessions.open({ ...session, totpVerified: true });
  return { Status: 'SUCCESS', Session: next.id };
};
