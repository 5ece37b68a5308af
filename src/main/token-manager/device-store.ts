// A profile's remembered device in the keychain: device key, group key and device password, one
// item each. They outlive a sign-out (the device stays remembered across sign-ins); only
// forgetting the device, or removing the profile, deletes them.
import type { DeviceStore, RememberedDevice } from '../cognito/types';
import type { SecretKind, SecretVault } from '../secrets/types';

/** The keychain kinds of a remembered device. */
export const DEVICE_KINDS = [
  'device-key',
  'device-group-key',
  'device-password',
] as const satisfies readonly SecretKind[];

/** The DeviceStore of one profile over the vault. */
export function vaultDeviceStore(vault: SecretVault, profileId: string): DeviceStore {
  return {
    async load(): Promise<RememberedDevice | null> {
      // Every refresh asks: a profile without a device (most pools) costs one keychain read.
      const key = await vault.get(profileId, 'device-key');
      if (!key) return null;
      const [groupKey, password] = await Promise.all([
        vault.get(profileId, 'device-group-key'),
        vault.get(profileId, 'device-password'),
      ]);
      // A half-written device (say the keyring locked mid-save) cannot prove itself: none.
      return key && groupKey && password ? { key, groupKey, password } : null;
    },
    async save(device) {
      // The password last: a device whose password is missing reads as none.
      await vault.set(profileId, 'device-key', device.key);
      await vault.set(profileId, 'device-group-key', device.groupKey);
      await vault.set(profileId, 'device-password', device.password);
    },
    async forget() {
      for (const kind of [...DEVICE_KINDS].reverse()) await vault.delete(profileId, kind);
    },
  };
}
