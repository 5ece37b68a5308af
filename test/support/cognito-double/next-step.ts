// What follows a proven password: a new password, MFA set-up, an MFA challenge, or tokens.
import { maskEmail, maskPhone } from './attributes';
import type { DoubleContext } from './context';
import { statusOf } from './directory';
import { presentedDevice, signedIn } from './device-sign-in';
import type { ChallengeName, ChallengeSession } from './sessions';
import type { DoubleClient, DoublePool, DoubleUser } from './types';

/** The Cognito parties of one sign-in. */
export interface SignInParties {
  pool: DoublePool;
  client: DoubleClient;
  user: DoubleUser;
  /** The device the client presented (DEVICE_KEY), checked once the password is proven. */
  deviceKey?: string;
}

/** The parties of an open session, answered by `user`. */
export function partiesOf(session: ChallengeSession, user: DoubleUser): SignInParties {
  return { pool: session.pool, client: session.client, user, deviceKey: session.deviceKey };
}

type MfaName = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

/** The MFA methods a user has turned on, in Cognito's order. */
export function mfaMethods(user: DoubleUser): MfaName[] {
  const methods: MfaName[] = [];
  if (user.mfa?.sms) methods.push('SMS_MFA');
  if (user.mfa?.totpSecret) methods.push('SOFTWARE_TOKEN_MFA');
  if (user.mfa?.email) methods.push('EMAIL_OTP');
  return methods;
}

/** Opens a session and answers with the challenge. */
export function challenge(
  context: DoubleContext,
  parties: SignInParties,
  name: ChallengeName,
  parameters: Record<string, string>,
  choices?: ChallengeName[],
): Record<string, unknown> {
  const session = context.sessions.open({
    ...parties,
    challenge: name,
    ...(choices ? { choices } : {}),
  });
  return {
    ChallengeName: name,
    ChallengeParameters: { ...parameters, USER_ID_FOR_SRP: parties.user.username },
    Session: session.id,
  };
}

/** The challenge for one MFA method, with the masked destination of SMS and email codes. */
export function mfaChallenge(
  context: DoubleContext,
  parties: SignInParties,
  name: MfaName,
): Record<string, unknown> {
  const attributes = context.directory.attributes(parties.user);
  if (name === 'SMS_MFA') {
    const destination = maskPhone(attributes.phone_number ?? '+10000000000');
    return challenge(context, parties, name, {
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
      CODE_DELIVERY_DESTINATION: destination,
    });
  }
  if (name === 'EMAIL_OTP') {
    return challenge(context, parties, name, {
      CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
      CODE_DELIVERY_DESTINATION: maskEmail(attributes.email ?? ''),
    });
  }
  return challenge(context, parties, name, {});
}

/** After NEW_PASSWORD_REQUIRED (or when none is due): MFA set-up, MFA, or tokens. */
export function afterNewPassword(
  context: DoubleContext,
  parties: SignInParties,
): Record<string, unknown> {
  const { user } = parties;
  if (user.mfa?.setupRequired) {
    return challenge(context, parties, 'MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' });
  }
  // A remembered device proves itself with its own SRP instead of an MFA code.
  const device = parties.pool.deviceTracking
    ? context.devices.find(user, parties.deviceKey)
    : undefined;
  if (device?.confirmed && device.remembered) {
    return challenge(context, parties, 'DEVICE_SRP_AUTH', { USERNAME: user.username });
  }
  const methods = mfaMethods(user);
  const preferred = user.mfa?.preferred;
  const only = methods.length === 1 ? methods[0] : undefined;
  const pick = preferred && methods.includes(preferred) ? preferred : only;
  if (pick) return mfaChallenge(context, parties, pick);
  if (methods.length > 1) {
    return challenge(
      context,
      parties,
      'SELECT_MFA_TYPE',
      { MFAS_CAN_CHOOSE: JSON.stringify(methods) },
      methods,
    );
  }
  return signedIn(context, parties);
}

/** After the password is proven. */
export function afterPassword(
  context: DoubleContext,
  parties: SignInParties,
): Record<string, unknown> {
  presentedDevice(context, parties);
  if (statusOf(parties.user) !== 'FORCE_CHANGE_PASSWORD') return afterNewPassword(context, parties);
  const attributes = context.directory.attributes(parties.user);
  // Cognito shows every attribute but sub, read-only ones such as email_verified included.
  const shown = Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'sub'));
  const missing = (parties.user.requiredAttributes ?? []).filter((name) => !attributes[name]);
  return challenge(context, parties, 'NEW_PASSWORD_REQUIRED', {
    requiredAttributes: JSON.stringify(missing.map((name) => `userAttributes.${name}`)),
    userAttributes: JSON.stringify(shown),
  });
}
