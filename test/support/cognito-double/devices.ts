// The devices Cognito tracks per user once a pool remembers devices: created at a sign-in that
// presented no known device, confirmed with a verifier, remembered or not, forgotten.
import { randomBytes, randomUUID } from 'node:crypto';
import { CognitoError } from './errors';
import type { DoubleDevice, DoublePool, DoubleUser } from './types';

/** ResourceNotFoundException as Cognito words it for a device it does not know. */
export const deviceNotFound = (): CognitoError =>
  new CognitoError('ResourceNotFoundException', 'Device does not exist.');

/** Every device of one double, per pool and user. */
export class DeviceRegistry {
  readonly #byUser = new WeakMap<DoubleUser, DoubleDevice[]>();

  /** The live list of a user's devices. */
  list(user: DoubleUser): DoubleDevice[] {
    let devices = this.#byUser.get(user);
    if (!devices) {
      devices = [];
      this.#byUser.set(user, devices);
    }
    return devices;
  }

  /** A new, unconfirmed device for the NewDeviceMetadata of a sign-in. */
  create(pool: DoublePool, user: DoubleUser): DoubleDevice {
    const region = pool.userPoolId.slice(0, pool.userPoolId.indexOf('_'));
    const device: DoubleDevice = {
      key: `${region}_${randomUUID()}`,
      groupKey: `-${randomBytes(6).toString('base64url')}`,
      username: user.username,
      confirmed: false,
      remembered: false,
    };
    this.list(user).push(device);
    return device;
  }

  /** The user's device with this key, if Cognito still knows it. */
  find(user: DoubleUser, key: string | undefined): DoubleDevice | undefined {
    return key === undefined ? undefined : this.list(user).find((device) => device.key === key);
  }

  /** The user's device with this key, or ResourceNotFoundException. */
  get(user: DoubleUser, key: string): DoubleDevice {
    const device = this.find(user, key);
    if (!device) throw deviceNotFound();
    return device;
  }

  /** Forgets a device; refresh tokens bound to it stop working. */
  remove(user: DoubleUser, key: string): void {
    const devices = this.list(user);
    const index = devices.findIndex((device) => device.key === key);
    if (index < 0) throw deviceNotFound();
    devices.splice(index, 1);
  }
}
