// Device tracking within one sign-in: the device key Cognito is told about, the device SRP it
// asks of a remembered device, and, once tokens come, confirming a new device (and remembering
// it where the user chose to). Every device secret goes to the profile's DeviceStore.
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { AuthError, isAuthError } from '../../shared/errors';
import type { AuthAnswer } from './auth-answer';
import { answerDeviceSrp } from './device-auth';
import { DeviceRefused, confirmDevice, isUnknownDevice, updateDeviceStatus } from './device-calls';
import type { DeviceOutcome, DeviceStore, RememberedDevice } from './types';
import type { Wire } from './wire';

/** One sign-in's device state. */
export class DeviceSteps {
  readonly #wire: Wire;
  readonly #store: DeviceStore;
  readonly #remember: boolean;
  readonly #now: () => Date;
  #device: RememberedDevice | null;
  /** Cognito asked for the device SRP: the device is remembered already. */
  #provenByDevice = false;

  constructor(
    wire: Wire,
    input: {
      store: DeviceStore;
      device: RememberedDevice | null;
      remember: boolean;
      now: () => Date;
    },
  ) {
    this.#wire = wire;
    this.#store = input.store;
    this.#device = input.device;
    this.#remember = input.remember;
    this.#now = input.now;
  }

  /** DEVICE_KEY for InitiateAuth and the answers after it, when a device is held. */
  get deviceKey(): string | undefined {
    return this.#device?.key;
  }

  /** Whether this answer is the device challenge this sign-in can answer itself. */
  handles(answer: AuthAnswer): boolean {
    return answer.ChallengeName === 'DEVICE_SRP_AUTH' && this.#device !== null;
  }

  /** Answers DEVICE_SRP_AUTH (through DEVICE_PASSWORD_VERIFIER); returns Cognito's next answer. */
  async answer(answer: AuthAnswer, username: string): Promise<AuthAnswer> {
    const device = this.#device;
    if (!device)
      throw new AuthError(
        'unexpected-response',
        'Cognito asked for a device proof, but no device is held.',
      );
    const next = await answerDeviceSrp(this.#wire, {
      challenge: answer,
      device,
      username,
      now: this.#now(),
    }).catch(async (error: unknown) => {
      const refused = isAuthError(error) && error.code === 'wrong-credentials';
      // A device Cognito refuses or no longer knows is of no use here either.
      if (refused || isUnknownDevice(error)) await this.#store.forget();
      throw refused ? new DeviceRefused(error) : error;
    });
    this.#provenByDevice = true;
    return next;
  }

  /**
   * After tokens: a new device (NewDeviceMetadata) is confirmed and kept; an opt-in pool's device
   * is remembered when the user asked for it. Returns what became of the device.
   */
  async settle(result: AuthenticationResultType): Promise<DeviceOutcome | undefined> {
    const accessToken = result.AccessToken ?? '';
    const metadata = result.NewDeviceMetadata;
    if (metadata?.DeviceKey && metadata.DeviceGroupKey) {
      const confirmed = await confirmDevice(this.#wire, accessToken, {
        key: metadata.DeviceKey,
        groupKey: metadata.DeviceGroupKey,
      }).catch((error: unknown) => {
        throw notConfirmed(error);
      });
      // Kept before remembering: the refresh token is bound to this device from now on.
      await this.#store.save(confirmed.device);
      this.#device = confirmed.device;
      if (!confirmed.choice) return 'remembered';
      return this.#rememberIfAsked(accessToken, confirmed.device.key);
    }
    if (!this.#device) return undefined;
    if (this.#provenByDevice) return 'remembered';
    return this.#rememberIfAsked(accessToken, this.#device.key);
  }

  async #rememberIfAsked(accessToken: string, deviceKey: string): Promise<DeviceOutcome> {
    if (!this.#remember) return 'not-remembered';
    await updateDeviceStatus(this.#wire, accessToken, deviceKey, true);
    return 'remembered';
  }
}

function notConfirmed(error: unknown): AuthError {
  const reason = isAuthError(error) ? ` ${error.message}` : '';
  return new AuthError(
    isAuthError(error) ? error.code : 'unknown',
    `Signed in, but Cognito did not confirm this computer as a device, and without that the session cannot be refreshed: sign in again.${reason}`,
    { cause: error },
  );
}
