// What the CLI says about this computer as a Cognito device after a sign-in: only what happened,
// never the key itself. (What forgetting it did is shared/outcome-words.ts's deviceForgetSentence.)
import type { DeviceOutcome } from '../shared/auth';

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
