// Where device tracking meets a sign-in: the device a client presents is checked once the
// password is proven, a completed sign-in without a known device gets NewDeviceMetadata, and a
// refresh token bound to a device works only with that device's key.
import type { DoubleContext } from './context';
import { deviceNotFound } from './devices';
import { invalidRefreshToken } from './errors';
import type { Grant } from './grants';
import type { SignInParties } from './next-step';
import type { DoubleDevice } from './types';

/**
 * The device a sign-in presented (DEVICE_KEY), once the password is proven; throws
 * ResourceNotFoundException "Device does not exist." for a key Cognito does not know.
 */
export function presentedDevice(
  context: DoubleContext,
  parties: SignInParties,
): DoubleDevice | undefined {
  if (!parties.pool.deviceTracking || parties.deviceKey === undefined) return undefined;
  const device = context.devices.find(parties.user, parties.deviceKey);
  if (!device) throw deviceNotFound();
  return device;
}

/** Tokens for a completed sign-in; NewDeviceMetadata when tracking is on and no device was known. */
export function signedIn(context: DoubleContext, parties: SignInParties): Record<string, unknown> {
  const { pool, client, user } = parties;
  const known = pool.deviceTracking ? context.devices.find(user, parties.deviceKey) : undefined;
  const fresh = pool.deviceTracking && !known ? context.devices.create(pool, user) : undefined;
  const device = known ?? fresh;
  const result = context.tokens.signIn(pool, client, user, device?.key);
  return {
    AuthenticationResult: fresh
      ? { ...result, NewDeviceMetadata: { DeviceKey: fresh.key, DeviceGroupKey: fresh.groupKey } }
      : result,
    ChallengeParameters: {},
  };
}

/**
 * A refresh of a token family bound to a device needs that device's key, and the device must be
 * confirmed and still known; otherwise Cognito answers "Invalid Refresh Token".
 */
export function checkRefreshDevice(
  context: DoubleContext,
  grant: Grant,
  given: string | undefined,
): void {
  if (grant.deviceKey === undefined) return;
  const device = context.devices.find(grant.user, grant.deviceKey);
  if (given !== grant.deviceKey || !device?.confirmed) throw invalidRefreshToken();
}
