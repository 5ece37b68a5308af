// What each tray item does. A copy refreshes first when due (one refresh in flight), writes
// through the secret clipboard and may say so in a notification; a failure is one notification
// with the error's sentence, and nothing is copied.
import { copyToken } from '../clipboard/copy-token';
import { copyAwsCredentials } from '../clipboard/copy-aws-credentials';
import { isAuthError } from '../cognito/auth-error';
import { isProfileError } from '../profiles/errors';
import { isVaultError } from '../secrets/vault-error';
import { touchRecent } from './recent-profiles';
import type { TrayControllerDeps } from './tray-deps';
import type { TrayAction } from './tray-model';

const TOKEN_NAMES = { id: 'ID token', access: 'Access token' } as const;

/** The sentence a user reads for a failure; anything unexpected goes to the log instead. */
function sentenceOf(error: unknown, log: TrayControllerDeps['log']): string {
  if (isAuthError(error) || isVaultError(error) || isProfileError(error)) return error.message;
  log.warn('tray: an action failed.', error);
  return 'Something went wrong inside the app; the details are in its log.';
}

function touch(deps: TrayControllerDeps, profileId: string): void {
  const existing = new Set(deps.manager.listProfiles().map((p) => p.id));
  touchRecent(deps.manager, profileId, existing);
}

async function copy(deps: TrayControllerDeps, action: Extract<TrayAction, { kind: 'copy' }>) {
  const { manager, host } = deps;
  const profile = manager.resolveProfile(action.profileId);
  const settings = deps.settings();
  const { clearsInSeconds } = await copyToken(
    {
      freshTokens: (id) => manager.freshTokens(id),
      clipboard: deps.clipboard,
      clearAfterSeconds: () => settings.clipboardClearSeconds,
    },
    profile.id,
    { kind: action.token, format: action.format },
  );
  touch(deps, profile.id);
  if (!settings.notifyOnCopy) return;
  const what = action.format === 'header' ? 'Authorization header' : TOKEN_NAMES[action.token];
  const clears = clearsInSeconds === null ? '' : `, clears in ${clearsInSeconds} s`;
  host.notify('Copied', `${what} for ${profile.name} (${profile.region}) copied${clears}`);
}

async function copyAws(deps: TrayControllerDeps, profileId: string) {
  const { manager, host } = deps;
  const profile = manager.resolveProfile(profileId);
  const settings = deps.settings();
  const { clearsInSeconds } = await copyAwsCredentials(
    {
      awsCredentials: (id) => manager.awsCredentials(id),
      clipboard: deps.clipboard,
      clearAfterSeconds: () => settings.clipboardClearSeconds,
    },
    profile.id,
  );
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
    host.notify('Cognito Token Manager', sentenceOf(error, deps.log));
  }
}
