// The device-tracking check: whether this computer is a device Cognito tracks for the user, and
// whether the keychain still holds the key its tokens were issued to.
import type { DoctorCheck, DoctorInput } from './doctor-types';
import { decodeJwtPayload } from '../cognito/jwt';

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

/** Whether the keychain holds a device key, and whether the tokens need one it lacks. */
export function deviceCheck(input: DoctorInput): DoctorCheck {
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
