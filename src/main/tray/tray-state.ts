// Gathers what buildTrayMenu needs from the facade: profiles, sessions as the shared
// SessionState, the active profile, the recent order, the keychain's verdict and the settings.
import { profileUserText } from '../../shared/sign-in-kinds';
import type { SessionState } from '../../shared/session';
import type { SessionView } from '../profiles/status-view';
import type { TokenManager } from '../token-manager';
import { readRecent } from './recent-profiles';
import type { TrayState } from './tray-model';

/** A session view (live, or the keychain's cache) as the tray's SessionState. */
export function toSessionState(view: SessionView | undefined): SessionState {
  if (!view) return { status: 'signed-out' };
  const username = view.username ?? '';
  switch (view.status) {
    case 'signed-in':
      return {
        status: 'signed-in',
        expiresAt: view.expiresAt ?? 0,
        username,
        ...(view.memoryOnly ? { memoryOnly: true as const } : {}),
      };
    case 'refreshing':
      return { status: 'refreshing', expiresAt: view.expiresAt ?? 0, username };
    case 'signing-in':
      return { status: 'signing-in' };
    case 'error':
      return { status: 'error', reason: view.reason ?? 'The last refresh failed.' };
    default:
      return view.reason ? { status: 'signed-out', reason: view.reason } : { status: 'signed-out' };
  }
}

/** The tray's state now. */
export async function readTrayState(
  manager: TokenManager,
  options: { platform: NodeJS.Platform; showTitle: boolean; now: number },
): Promise<TrayState> {
  const views = await manager.sessionViews();
  const profiles = manager.listProfiles();
  const sessions = new Map(profiles.map((p) => [p.id, toSessionState(views.get(p.id))]));
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
