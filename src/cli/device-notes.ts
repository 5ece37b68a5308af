// What the CLI says about this computer as a Cognito device: after a sign-in, and after a
// sign-out everywhere or a profile removal forgot it. Only what happened; never the key itself.
import type { DeviceOutcome } from '../shared/auth';
import type { DeviceForgetOutcome } from '../main/cognito/types';

/** The line after a sign-in in a pool that tracks devices. */
export function deviceSignInNote(device: DeviceOutcome | undefined): string | undefined {
  if (device === 'remembered') {
    return 'This computer is a remembered device of the user: later sign-ins here skip MFA.';
  }
  if (device === 'not-remembered') {
    return 'This computer is tracked as a device but not remembered: sign in with --remember-device to skip MFA here next time.';
  }
  return undefined;
}

/** The line after forgetting the device; says exactly whether Cognito confirmed it. */
export function deviceForgetNote(device: DeviceForgetOutcome | undefined): string | undefined {
  if (!device?.held) return undefined;
  if (device.forgottenAtCognito) {
    return "This computer's remembered device is forgotten, at Cognito and in the keychain.";
  }
  const why = device.failure ? ` (${device.failure.message})` : ' (no session to ask it with)';
  return `This computer's device was deleted from the keychain, but Cognito could not be asked to forget it${why}: it stays in the user's device list there, unusable without the deleted device password.`;
}
