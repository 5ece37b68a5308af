// A remembered device's secret: a random device password, and the salt and SRP verifier Cognito
// keeps for it (ConfirmDevice). Same group and hashes as the user's SRP, with the device group key
// in place of the pool name and the device key in place of the username, as
// amazon-cognito-identity-js's AuthenticationHelper.generateHashDevice computes them.
import { randomBytes } from 'node:crypto';
import { computeX } from './srp-hash';
import { SRP_G, modPowN, padHex, parseHex } from './srp-math';

/** What ConfirmDevice's DeviceSecretVerifierConfig carries, both base64. */
export interface DeviceVerifierConfig {
  PasswordVerifier: string;
  Salt: string;
}

/** A fresh device password: 40 random bytes as base64, as identity-js draws it. */
export function newDevicePassword(): string {
  return randomBytes(40).toString('base64');
}

/**
 * The salt and verifier of a device password; `saltHex` (16 random bytes unless given, tests
 * only) enters as padHex, so a high first byte gains the "00" identity-js puts before it.
 */
export function deviceVerifier(
  device: { groupKey: string; key: string; password: string },
  saltHex: string = randomBytes(16).toString('hex'),
): DeviceVerifierConfig {
  const salt = parseHex(saltHex);
  if (salt === null) throw new TypeError('saltHex must be hex.');
  const x = computeX(salt, device.groupKey, device.key, device.password);
  const verifier = modPowN(SRP_G, x);
  return {
    PasswordVerifier: Buffer.from(padHex(verifier), 'hex').toString('base64'),
    Salt: Buffer.from(padHex(salt), 'hex').toString('base64'),
  };
}
