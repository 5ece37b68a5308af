// The device operations of a signed-in user: ConfirmDevice, UpdateDeviceStatus, ForgetDevice and
// ListDevices, each with the access token of that user.
import type { DoubleContext, Operation } from './context';
import { invalidParameter } from './errors';
import type { Body } from './params';
import { optionalString, requiredString } from './params';
import type { DoubleDevice, DoublePool, DoubleUser } from './types';

/** The caller's user and the named device of that user (ResourceNotFoundException otherwise). */
function ownDevice(
  context: DoubleContext,
  body: Body,
): { user: DoubleUser; pool: DoublePool; device: DoubleDevice } {
  const { user, pool } = context.tokens.accessGrant(requiredString(body, 'AccessToken'));
  if (!pool.deviceTracking) {
    throw invalidParameter('Device tracking is not enabled for this user pool');
  }
  const device = context.devices.get(user, requiredString(body, 'DeviceKey'));
  return { user, pool, device };
}

/** Base64 of hex digits, or InvalidParameterException naming the field. */
function base64Hex(value: unknown, name: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
    throw invalidParameter(`${name} must be base64`);
  }
  const hex = Buffer.from(value, 'base64').toString('hex');
  if (hex === '') throw invalidParameter(`${name} must not be empty`);
  return hex;
}

/** ConfirmDevice: stores the device's SRP verifier; opt-in pools leave remembering to the user. */
export const confirmDevice: Operation = (context, body) => {
  const { pool, device } = ownDevice(context, body);
  const config = body.DeviceSecretVerifierConfig;
  if (typeof config !== 'object' || config === null) {
    throw invalidParameter('DeviceSecretVerifierConfig is required');
  }
  const { PasswordVerifier, Salt } = config as Record<string, unknown>;
  device.verifier = BigInt(`0x${base64Hex(PasswordVerifier, 'PasswordVerifier')}`);
  device.salt = base64Hex(Salt, 'Salt');
  device.confirmed = true;
  const name = optionalString(body, 'DeviceName');
  if (name !== undefined) device.name = name;
  const always = pool.deviceTracking === 'always';
  device.remembered = always;
  return { UserConfirmationNecessary: !always };
};

/** UpdateDeviceStatus: 'remembered' or 'not_remembered'. */
export const updateDeviceStatus: Operation = (context, body) => {
  const { device } = ownDevice(context, body);
  const status = optionalString(body, 'DeviceRememberedStatus');
  if (status !== 'remembered' && status !== 'not_remembered') {
    throw invalidParameter(
      "1 validation error detected: Value at 'deviceRememberedStatus' failed to satisfy constraint: Member must satisfy enum value set: [remembered, not_remembered]",
    );
  }
  device.remembered = status === 'remembered';
  return {};
};

/** ForgetDevice: the device is gone; refresh tokens bound to it stop working. */
export const forgetDevice: Operation = (context, body) => {
  const { user, device } = ownDevice(context, body);
  context.devices.remove(user, device.key);
  return {};
};

/** ListDevices: every device of the caller, with its remembered status. */
export const listDevices: Operation = (context, body) => {
  const { user } = context.tokens.accessGrant(requiredString(body, 'AccessToken'));
  return {
    Devices: context.devices.list(user).map((device) => ({
      DeviceKey: device.key,
      DeviceAttributes: [
        { Name: 'device_status', Value: device.confirmed ? 'valid' : 'unconfirmed' },
        ...(device.name ? [{ Name: 'device_name', Value: device.name }] : []),
      ],
      DeviceRememberedStatus: device.remembered ? 'remembered' : 'not_remembered',
    })),
  };
};
