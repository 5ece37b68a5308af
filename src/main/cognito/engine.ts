// Binds every engine operation to one validated PoolConnection and one SDK client.
import * as account from './account';
import { resolveConnection } from './connection';
import { forgetDevice, setDeviceRemembered } from './device-ops';
import { refreshTokens } from './refresh';
import { startSignIn } from './sign-in';
import type { CognitoEngine, DeviceStore, PoolConnection } from './types';
import { createWire } from './wire';

/** Options of createCognitoEngine. */
export interface EngineOptions {
  /** Clock for the SRP timestamp (tests pin it). */
  now?: () => Date;
  /** First retry back-off in milliseconds (default 200); tests make it short. */
  retryBaseDelayMs?: number;
  /**
   * Where the profile's device is kept (the keychain). With it, sign-ins present and confirm
   * the device, and refreshes send its key; without it, device tracking is ignored.
   */
  devices?: DeviceStore;
}

/**
 * Creates the engine for one pool and app client. Validates the connection first and throws
 * AuthError('invalid-input') before any network call when it is malformed.
 */
export function createCognitoEngine(
  conn: PoolConnection,
  options: EngineOptions = {},
): CognitoEngine {
  const wire = createWire(
    resolveConnection(conn),
    options.retryBaseDelayMs === undefined ? {} : { baseDelayMs: options.retryBaseDelayMs },
  );
  const now = options.now ?? (() => new Date());
  const { devices } = options;
  return {
    signIn: (input) => startSignIn(wire, input, now, devices),
    refresh: (input) => refreshTokens(wire, input, devices),
    forgotPassword: (username) => account.forgotPassword(wire, username),
    confirmForgotPassword: (input) => account.confirmForgotPassword(wire, input),
    changePassword: (input) => account.changePassword(wire, input),
    getUser: (accessToken) => account.getUser(wire, accessToken),
    signOut: (input) => account.signOut(wire, input),
    forgetDevice: (accessToken) => forgetDevice(wire, devices, accessToken),
    setDeviceRemembered: (accessToken, remembered) =>
      setDeviceRemembered(wire, devices, accessToken, remembered),
  };
}
