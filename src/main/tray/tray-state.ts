// Gathers what buildTrayMenu needs from the facade: profiles, their SessionStates, the active profile, the recent order, the keychain's verdict and the settings.
import { profileUserText } from '../../shared/sign-in-kinds';
import type { TokenManager } from '../token-manager';
import { readRecent } from './recent-profiles';
import type { TrayState } from './tray-model';

/** The tray's state now. */
export async function readTrayState(
  manager: TokenManager,
  options: { platform: NodeJS.Platform; showTitle: boolean; now: number },
): Promise<TrayState> {
  const sessions = await manager.sessionStates();
  const profiles = manager.listProfiles();
  const keychain = manager.keychainStatus();
  return {
    profiles: profiles.map((p) => ({
      id: p.id,
      name: p.name,
      region: p.region,
      username: profileUserText(p),
      signIn: p.signIn,
      ...(p.identityPoolId === undefined ? {} : { hasIdentityPool: true }),
    })),
    sessions,
    activeProfileId: manager.getActive()?.id,
    recent: readRecent(manager),
    keychain: keychain.ok ? { ok: true } : { ok: false, message: keychain.message },
    platform: options.platform,
    showTitle: options.showTitle,
    now: options.now,
  };
}
