// Cognito's device operations, each with the signed-in user's access token: ConfirmDevice for a
// new device's verifier, UpdateDeviceStatus to remember it or not, ForgetDevice.
import {
  ConfirmDeviceCommand,
  ForgetDeviceCommand,
  UpdateDeviceStatusCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { hostname } from 'node:os';
import { AuthError, isAuthError } from '../../shared/errors';
import { deviceVerifier, newDevicePassword } from './device-verifier';
import { fieldOf } from '../../shared/records';
import type { RememberedDevice } from './types';
import { type Wire, callCognito } from './wire';
import { PRODUCT_NAME } from '../../shared/product';

/** The name the device gets in the Cognito console: which app, on which computer. */
export function deviceName(): string {
  return `${PRODUCT_NAME} on ${hostname()}`;
}

/**
 * Confirms a device Cognito just created (NewDeviceMetadata) with a fresh device password;
 * `choice` is true when the pool leaves remembering it to the user (opt-in).
 */
export async function confirmDevice(
  wire: Wire,
  accessToken: string,
  metadata: { key: string; groupKey: string },
): Promise<{ device: RememberedDevice; choice: boolean }> {
  const device: RememberedDevice = { ...metadata, password: newDevicePassword() };
  const config = deviceVerifier(device);
  const result = await callCognito(
    wire,
    'device',
    (client) =>
      client.send(
        new ConfirmDeviceCommand({
          AccessToken: accessToken,
          DeviceKey: device.key,
          DeviceSecretVerifierConfig: config,
          DeviceName: deviceName(),
        }),
      ),
    [accessToken, device.password, config.PasswordVerifier],
  );
  return { device, choice: result.UserConfirmationNecessary === true };
}

/** UpdateDeviceStatus: 'remembered' lets later sign-ins on this computer skip MFA. */
export async function updateDeviceStatus(
  wire: Wire,
  accessToken: string,
  deviceKey: string,
  remembered: boolean,
): Promise<void> {
  await callCognito(
    wire,
    'device',
    (client) =>
      client.send(
        new UpdateDeviceStatusCommand({
          AccessToken: accessToken,
          DeviceKey: deviceKey,
          DeviceRememberedStatus: remembered ? 'remembered' : 'not_remembered',
        }),
      ),
    [accessToken],
  );
}

/** ForgetDevice at Cognito. */
export async function forgetDeviceAtCognito(
  wire: Wire,
  accessToken: string,
  deviceKey: string,
): Promise<void> {
  await callCognito(
    wire,
    'device',
    (client) =>
      client.send(new ForgetDeviceCommand({ AccessToken: accessToken, DeviceKey: deviceKey })),
    [accessToken],
  );
}

/**
 * Cognito refused the device's proof (a keychain item changed, or the device was reset): not a
 * wrong password, which would make the caller forget the user's remembered password.
 */
export class DeviceRefused extends AuthError {
  constructor(cause: unknown) {
    super(
      'wrong-credentials',
      "Cognito refused this computer's device proof, so the device is forgotten here: sign in again.",
      { cause },
    );
  }
}

/**
 * True when Cognito does not know the device (forgotten, or another pool's) or refused its
 * proof: either way the sign-in can start again as a new device.
 */
export function isUnknownDevice(error: unknown): boolean {
  if (error instanceof DeviceRefused) return true;
  if (!isAuthError(error)) return false;
  const name = fieldOf(error.cause, 'name');
  const message = fieldOf(error.cause, 'message');
  return (
    (name === 'ResourceNotFoundException' || name === 'NotAuthorizedException') &&
    typeof message === 'string' &&
    /device/i.test(message)
  );
}
