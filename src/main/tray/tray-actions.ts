// What each tray item does. A copy refreshes first when due (one refresh in flight), writes
// through the secret clipboard and may say so in a notification; a failure is one notification
// with the error's sentence, and nothing is copied.
import { copyToken } from '../clipboard/copy-token';
import { copyAwsCredentials } from '../clipboard/copy-aws-credentials';
import { errorSentence } from '../../shared/error-surfaces';
import { PRODUCT_NAME } from '../../shared/product';
import { touchRecent } from './recent-profiles';
import type { TrayControllerDeps } from './tray-deps';
import type { TrayAction } from './tray-model';

const TOKEN_NAMES = { id: 'ID token', access: 'Access token' } as const;

function touch(deps: TrayControllerDeps, profileId: string): void {
  const existing = new Set(deps.manager.listProfiles().map((p) => p.id));
  touchRecent(deps.manager, profileId, existing);
}

async function copy(deps: TrayControllerDeps, action: Extract<TrayAction, { kind: 'copy' }>) {
  const { manager, host } = deps;
  const profile = manager.resolveProfile(action.profileId);
  const { clearsInSeconds } = await copyToken(deps.copies, profile.id, {
    kind: action.token,
    format: action.format,
  });
  const settings = deps.settings();
  touch(deps, profile.id);
  if (!settings.notifyOnCopy) return;
  const what = action.format === 'header' ? 'Authorization header' : TOKEN_NAMES[action.token];
  const clears = clearsInSeconds === null ? '' : `, clears in ${clearsInSeconds} s`;
  host.notify('Copied', `${what} for ${profile.name} (${profile.region}) copied${clears}`);
}

async function copyAws(deps: TrayControllerDeps, profileId: string) {
  const { manager, host } = deps;
  const profile = manager.resolveProfile(profileId);
  const { clearsInSeconds } = await copyAwsCredentials(deps.copies, profile.id);
  const settings = deps.settings();
  touch(deps, profile.id);
  if (!settings.notifyOnCopy) return;
  const clears = clearsInSeconds === null ? '' : `, clears in ${clearsInSeconds} s`;
  host.notify('Copied', `AWS credentials for ${profile.name} (${profile.region}) copied${clears}`);
}

/** Runs one action; never throws. */
export async function runTrayAction(deps: TrayControllerDeps, action: TrayAction): Promise<void> {
  const { manager, host } = deps;
  try {
    switch (action.kind) {
      case 'copy':
        await copy(deps, action);
        return;
      case 'copy-aws':
        await copyAws(deps, action.profileId);
        return;
      case 'refresh':
        await manager.refreshNow(action.profileId);
        return;
      case 'sign-out': {
        const { profile, unconfirmed } = await manager.signOut(action.profileId);
        if (unconfirmed) host.notify(`Signed out of ${profile.name} here`, unconfirmed.message);
        return;
      }
      case 'switch':
        manager.setActive(action.profileId);
        touch(deps, action.profileId);
        host.profilesChanged();
        return;
      case 'get-token':
        await manager.signIn(action.profileId);
        touch(deps, action.profileId);
        return;
      case 'sign-in':
        // The window's sign-in screen: a browser sign-in needs its wait, Copy the link and
        // Cancel on screen, which a menu item cannot show.
        host.navigate({ to: 'sign-in', profileId: action.profileId });
        return;
      case 'open':
        host.navigate({ to: 'home' });
        return;
      case 'open-list':
        host.navigate({ to: 'list' });
        return;
      case 'settings':
        host.navigate({ to: 'settings' });
        return;
      case 'quit':
        host.quit();
        return;
    }
  } catch (error) {
    host.notify(
      PRODUCT_NAME,
      errorSentence(error, (unexpected) => {
        deps.log.warn('tray: an action failed.', unexpected);
      }),
    );
  }
}
