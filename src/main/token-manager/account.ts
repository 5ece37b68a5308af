// Password operations of a profile's user: forgot (send a code, then confirm with a new
// password) and change (signed in). A profile that remembers its password keeps the new one.
import type { TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import { ProfileError, AuthError } from '../../shared/errors';
import type { CodeDelivery, CognitoEngine } from '../cognito/types';
import type { SecretVault } from '../secrets/types';
import type { BrowserSignOutOptions, BrowserSignOutOutcome } from '../oauth';

/** What the password operations need from the facade's parts. */
export interface AccountDeps {
  engineFor: (profile: Profile) => Promise<CognitoEngine>;
  vault: SecretVault;
  /** Valid tokens for the profile (refreshed when due); throws when not signed in. */
  freshTokens: (profileId: string) => Promise<TokenSet>;
  /** Registers a value with the log's secret registry, so no log line can quote it. */
  registerSecret: (value: string) => void;
  /** Ends a browser profile's managed-login session through Cognito's /logout page. */
  browserSignOut?: (
    profile: Profile,
    options: BrowserSignOutOptions,
  ) => Promise<BrowserSignOutOutcome>;
}

/** Ends the managed login's session (its browser cookie) of a browser profile. */
export async function endBrowserSession(
  deps: AccountDeps,
  profile: Profile,
  options: BrowserSignOutOptions,
): Promise<BrowserSignOutOutcome> {
  if (profile.signIn !== 'browser' || !deps.browserSignOut) {
    throw new AuthError(
      'invalid-input',
      `Profile "${profile.name}" does not sign in through the browser, so there is no managed-login session to end.`,
    );
  }
  return deps.browserSignOut(profile, options);
}

/** The user whose password a password profile keeps; other kinds have none to reset here. */
function passwordUser(profile: Profile): string {
  if (profile.signIn === 'password' && profile.username !== undefined) return profile.username;
  const why =
    profile.signIn === 'browser'
      ? 'signs in with the browser: reset or change the password on the managed login page'
      : 'signs in as an app client (M2M), which has no password';
  throw new ProfileError('invalid-profile', `Profile "${profile.name}" ${why}.`);
}

/** Sends a reset code to the profile's user; says where it went. */
export async function sendResetCode(deps: AccountDeps, profile: Profile): Promise<CodeDelivery> {
  const username = passwordUser(profile);
  const engine = await deps.engineFor(profile);
  return engine.forgotPassword(username);
}

/** Sets a new password with the reset code; a remembered password becomes the new one. */
export async function confirmReset(
  deps: AccountDeps,
  profile: Profile,
  code: string,
  newPassword: string,
): Promise<void> {
  deps.registerSecret(code);
  deps.registerSecret(newPassword);
  const username = passwordUser(profile);
  const engine = await deps.engineFor(profile);
  await engine.confirmForgotPassword({ username, code, newPassword });
  await rememberIfOptedIn(deps, profile, newPassword);
}

/** Changes the signed-in user's password; a remembered password becomes the new one. */
export async function changeUserPassword(
  deps: AccountDeps,
  profile: Profile,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  deps.registerSecret(currentPassword);
  deps.registerSecret(newPassword);
  passwordUser(profile);
  const tokens = await deps.freshTokens(profile.id);
  const engine = await deps.engineFor(profile);
  await engine.changePassword({
    accessToken: tokens.accessToken,
    previousPassword: currentPassword,
    proposedPassword: newPassword,
  });
  await rememberIfOptedIn(deps, profile, newPassword);
}

async function rememberIfOptedIn(
  deps: AccountDeps,
  profile: Profile,
  password: string,
): Promise<void> {
  if (profile.rememberPassword) await deps.vault.set(profile.id, 'password', password);
}
