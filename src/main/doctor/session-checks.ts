// The checks of what is kept here: the signed-in tokens (issued by this pool, for this client),
// this computer's clock against the server's, refresh-token rotation, device tracking, keychain.
import type { DoctorCheck } from './doctor-types';
import type { DoctorInput } from './doctor-types';
import type { OpenIdOutcome } from './openid-probe';
import { decodeJwtPayload } from '../cognito/jwt';

const DRIFT_LIMIT_MS = 30_000;

function tokenCheck(input: DoctorInput): DoctorCheck {
  const base = { id: 'tokens', title: 'Signed-in tokens' };
  if (!input.tokens || input.tokens.accessToken === '') {
    return {
      ...base,
      status: 'skip',
      sentence: 'The profile is not signed in here, so there are no tokens to check.',
    };
  }
  // M2M sessions have only an access token: its client_id stands for the ID token's aud.
  const { idToken, accessToken } = input.tokens;
  const claims = decodeJwtPayload(
    idToken ?? accessToken,
    idToken ? 'the ID token' : 'the access token',
  );
  const issuer = typeof claims.iss === 'string' ? claims.iss : '';
  const audienceClaim = idToken ? claims.aud : claims.client_id;
  const audience = typeof audienceClaim === 'string' ? audienceClaim : '';
  const { userPoolId, clientId } = input.profile;
  if (issuer.endsWith(`/${userPoolId}`) && audience === clientId) {
    return {
      ...base,
      status: 'pass',
      sentence: 'The tokens were issued by this user pool for this app client.',
    };
  }
  return {
    ...base,
    status: 'fail',
    sentence: `The tokens do not match the profile (issuer ${issuer || 'missing'}, audience ${audience || 'missing'}).`,
    fix: 'Sign out and sign in again: the profile changed since these tokens were issued.',
  };
}

function clockCheck(openId: OpenIdOutcome, now: number): DoctorCheck {
  const base = { id: 'clock', title: 'Clock' };
  if (openId.kind === 'unreachable' || openId.serverDate === undefined) {
    return { ...base, status: 'skip', sentence: 'Not known: the server sent no time.' };
  }
  const drift = now - openId.serverDate;
  const seconds = Math.round(Math.abs(drift) / 1000);
  if (Math.abs(drift) <= DRIFT_LIMIT_MS) {
    return {
      ...base,
      status: 'pass',
      sentence: `This computer's clock agrees with the server's (${seconds === 0 ? 'to the second' : `within ${seconds} s`}).`,
    };
  }
  return {
    ...base,
    status: 'info',
    sentence: `This computer's clock is ${seconds} s ${drift > 0 ? 'ahead of' : 'behind'} the server's; token times allow for it, but other tools may not.`,
  };
}

/** The device key a signed-in access token was issued to (device_key), if any. */
function tokenDeviceKey(input: DoctorInput): string | undefined {
  if (!input.tokens?.accessToken) return undefined;
  try {
    const key = decodeJwtPayload(input.tokens.accessToken, 'the access token').device_key;
    return typeof key === 'string' && key !== '' ? key : undefined;
  } catch {
    return undefined;
  }
}

function deviceCheck(input: DoctorInput): DoctorCheck {
  const base = { id: 'devices', title: 'Device tracking' };
  const issuedToDevice = tokenDeviceKey(input) !== undefined;
  if (input.deviceHeld) {
    return {
      ...base,
      status: 'pass',
      sentence:
        'This computer is a device Cognito tracks for this user: its device key is in the keychain, refreshes send it, and once remembered it skips MFA.',
    };
  }
  if (issuedToDevice) {
    return {
      ...base,
      status: 'fail',
      sentence:
        'The tokens were issued to a tracked device, but the keychain holds no device key for it, so Cognito will refuse the refresh.',
      fix: 'Sign in again: this computer is then confirmed as a new device.',
    };
  }
  return {
    ...base,
    status: 'info',
    sentence:
      'No device key is held for this profile: device tracking is not in use here (the pool does not remember devices, or the profile has not signed in since it started to).',
  };
}

/** The checks that need no call to the app client. */
export function sessionChecks(
  input: DoctorInput,
  openId: OpenIdOutcome,
  now: number,
): DoctorCheck[] {
  return [
    tokenCheck(input),
    clockCheck(openId, now),
    {
      id: 'rotation',
      title: 'Refresh-token rotation',
      status: 'info',
      sentence: input.profile.refreshRotation
        ? 'The profile refreshes with rotation (GetTokensFromRefreshToken).'
        : 'The profile refreshes without rotation (REFRESH_TOKEN_AUTH).',
    },
    deviceCheck(input),
    input.keychain.ok
      ? {
          id: 'keychain',
          title: 'Keychain',
          status: 'pass',
          sentence: 'The keychain stores and returns secrets.',
        }
      : {
          id: 'keychain',
          title: 'Keychain',
          status: 'fail',
          sentence: input.keychain.message,
          fix: 'Until it works, sign-ins last only while the app or command runs.',
        },
  ];
}
