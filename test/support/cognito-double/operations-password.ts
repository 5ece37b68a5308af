// ForgotPassword, ConfirmForgotPassword and ChangePassword.
import { maskEmail, maskPhone } from './attributes';
import type { DoubleContext, Operation } from './context';
import {
  CognitoError,
  attemptLimit,
  incorrectCredentials,
  invalidParameter,
  userDisabled,
} from './errors';
import { optionalString, requiredString } from './params';
import { checkPasswordPolicy } from './password-policy';
import { checkSecretHash } from './secret-hash';
import type { DoublePool, DoubleUser } from './types';

/** A forgot-password code is good for one hour. */
const CODE_LIFETIME_MS = 60 * 60 * 1000;
/** Failed attempts (or code requests) before LimitExceededException. */
const ATTEMPT_LIMIT = 5;

const unknownUser = (): CognitoError =>
  new CognitoError('UserNotFoundException', 'Username/client id combination not found.');

/** Where a reset code goes: the verified email first, then the verified phone. */
function delivery(context: DoubleContext, user: DoubleUser): Record<string, string> {
  const attributes = context.directory.attributes(user);
  if (attributes.email && attributes.email_verified === 'true') {
    return {
      Destination: maskEmail(attributes.email),
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    };
  }
  if (attributes.phone_number && attributes.phone_number_verified === 'true') {
    return {
      Destination: maskPhone(attributes.phone_number),
      DeliveryMedium: 'SMS',
      AttributeName: 'phone_number',
    };
  }
  throw invalidParameter(
    'Cannot reset password for the user as there is no registered/verified email or phone_number',
  );
}

function clientAndUser(context: DoubleContext, body: Record<string, unknown>) {
  const clientId = requiredString(body, 'ClientId');
  const username = requiredString(body, 'Username');
  const { pool, client } = context.directory.client(clientId);
  // Here the hash travels as a top-level SecretHash, over the name as typed.
  checkSecretHash(client, username, optionalString(body, 'SecretHash'));
  return { pool, user: context.directory.findUser(pool, username) };
}

const fakeDelivery = (pool: DoublePool) => ({
  CodeDeliveryDetails: {
    Destination: maskEmail(`${pool.userPoolId}@hidden`),
    DeliveryMedium: 'EMAIL',
    AttributeName: 'email',
  },
});

/** ForgotPassword: sends the pool's fixed code. */
export const forgotPassword: Operation = (context, body) => {
  const { pool, user } = clientAndUser(context, body);
  if (!user) {
    if (pool.preventUserExistenceErrors) return fakeDelivery(pool);
    throw unknownUser();
  }
  if (user.enabled === false) throw userDisabled();
  const runtime = context.directory.runtime(user);
  if (runtime.forgotRequests >= ATTEMPT_LIMIT) throw attemptLimit();
  const details = delivery(context, user);
  runtime.forgotRequests += 1;
  runtime.forgot = { code: pool.fixedCode ?? '123456', issuedAt: Date.now() };
  return { CodeDeliveryDetails: details };
};

/** ConfirmForgotPassword: the code, then the policy, then the new password is set. */
export const confirmForgotPassword: Operation = (context, body) => {
  const code = requiredString(body, 'ConfirmationCode');
  const password = requiredString(body, 'Password');
  const { pool, user } = clientAndUser(context, body);
  const mismatch = new CognitoError(
    'CodeMismatchException',
    'Invalid verification code provided, please try again.',
  );
  if (!user) {
    if (pool.preventUserExistenceErrors) throw mismatch;
    throw unknownUser();
  }
  const runtime = context.directory.runtime(user);
  if (runtime.codeFailures >= ATTEMPT_LIMIT) throw attemptLimit();
  const pending = runtime.forgot;
  if (!pending || Date.now() - pending.issuedAt > CODE_LIFETIME_MS) {
    throw new CognitoError(
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  }
  if (code !== pending.code) {
    runtime.codeFailures += 1;
    throw mismatch;
  }
  checkPasswordPolicy(pool, password);
  user.password = password;
  if (user.status === 'RESET_REQUIRED' || user.status === 'FORCE_CHANGE_PASSWORD')
    user.status = 'CONFIRMED';
  delete runtime.forgot;
  runtime.codeFailures = 0;
  runtime.forgotRequests = 0;
  return {};
};

/** ChangePassword for a signed-in user. */
export const changePassword: Operation = (context, body) => {
  const accessToken = requiredString(body, 'AccessToken');
  const previous = requiredString(body, 'PreviousPassword');
  const proposed = requiredString(body, 'ProposedPassword');
  const { pool, user } = context.tokens.accessGrant(accessToken);
  const runtime = context.directory.runtime(user);
  if (runtime.passwordFailures >= ATTEMPT_LIMIT) throw attemptLimit();
  if (previous !== user.password) {
    runtime.passwordFailures += 1;
    throw incorrectCredentials();
  }
  checkPasswordPolicy(pool, proposed);
  user.password = proposed;
  runtime.passwordFailures = 0;
  return {};
};

/** Ages every outstanding forgot-password code past its lifetime. */
export function expireCodes(context: DoubleContext): void {
  for (const pool of context.directory.pools) {
    for (const user of pool.users) {
      const pending = context.directory.runtime(user).forgot;
      if (pending) pending.issuedAt = -Infinity;
    }
  }
}
