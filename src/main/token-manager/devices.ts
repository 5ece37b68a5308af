// The facade's device operations: forget the profile's remembered device (a global sign-out,
// removing the profile), remember it later (the app's question), and whether one is held.
import type { Profile } from '../../shared/profile';
import type { DeviceForgetOutcome } from '../cognito/types';
import type { SecretVault } from '../secrets/types';
import type { AccountDeps } from './account';
import { vaultDeviceStore } from './device-store';

/** Whether the keychain holds a device (key, group key and password) for the profile. */
export async function holdsDevice(vault: SecretVault, profileId: string): Promise<boolean> {
  return (
    (await vaultDeviceStore(vault, profileId)
      .load()
      .catch(() => null)) !== null
  );
}

/**
 * ForgetDevice with a live access token (refreshed when due), then the keychain items. Without
 * a session Cognito cannot be asked: the outcome says so, and the local items go all the same.
 */
export async function forgetProfileDevice(
  deps: AccountDeps,
  profile: Profile,
): Promise<DeviceForgetOutcome> {
  if (!(await holdsDevice(deps.vault, profile.id)))
    return { held: false, forgottenAtCognito: false };
  const tokens = await deps.freshTokens(profile.id).catch(() => undefined);
  try {
    const engine = await deps.engineFor(profile);
    return await engine.forgetDevice(tokens?.accessToken || undefined);
  } catch (error) {
    // No engine (say the client secret is gone): Cognito was not asked; the items still go.
    await vaultDeviceStore(deps.vault, profile.id).forget();
    return { held: true, forgottenAtCognito: false, failure: error as Error };
  }
}

/** UpdateDeviceStatus for the profile's device, with a live access token. */
export async function setProfileDeviceRemembered(
  deps: AccountDeps,
  profile: Profile,
  remembered: boolean,
): Promise<void> {
  const tokens = await deps.freshTokens(profile.id);
  const engine = await deps.engineFor(profile);
  await engine.setDeviceRemembered(tokens.accessToken, remembered);
}
