// The engine's device operations outside a sign-in: forget the device (at Cognito when a live
// access token allows, and in the keychain either way), and remember it or not later on.
import { AuthError } from '../../shared/errors';
import { forgetDeviceAtCognito, isUnknownDevice, updateDeviceStatus } from './device-calls';
import type { DeviceForgetOutcome, DeviceStore } from './types';
import type { Wire } from './wire';

/**
 * ForgetDevice, then the keychain items. The local items go even when Cognito cannot be asked
 * or refuses: the device password is gone with them, so nobody can prove the device again; the
 * outcome says whether Cognito itself confirmed it.
 */
export async function forgetDevice(
  wire: Wire,
  store: DeviceStore | undefined,
  accessToken: string | undefined,
): Promise<DeviceForgetOutcome> {
  const device = await store?.load();
  if (!store || !device) return { held: false, forgottenAtCognito: false };
  let outcome: DeviceForgetOutcome = { held: true, forgottenAtCognito: false };
  if (accessToken) {
    try {
      await forgetDeviceAtCognito(wire, accessToken, device.key);
      outcome = { held: true, forgottenAtCognito: true };
    } catch (error) {
      // A device Cognito does not know is as forgotten as it gets.
      outcome = isUnknownDevice(error)
        ? { held: true, forgottenAtCognito: true }
        : { held: true, forgottenAtCognito: false, failure: error as Error };
    }
  }
  await store.forget();
  return outcome;
}

/** UpdateDeviceStatus of the held device. */
export async function setDeviceRemembered(
  wire: Wire,
  store: DeviceStore | undefined,
  accessToken: string,
  remembered: boolean,
): Promise<void> {
  const device = await store?.load();
  if (!device) {
    throw new AuthError(
      'invalid-input',
      'This computer is not a device Cognito tracks for this profile: sign in first.',
    );
  }
  await updateDeviceStatus(wire, accessToken, device.key, remembered);
}
