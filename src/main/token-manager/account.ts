// Password operations of a profile's user: forgot (send a code, then confirm with a new
// password) and change (signed in). A profile that remembers its password keeps the new one.
import type { TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import type { CodeDelivery, CognitoEngine } from '../cognito/types';
import type { SecretVault } from '../secrets/types';

/** What the password operations need from the facade's parts. */
export interface AccountDeps {
  engineFor: (profile: Profile) => Promise<CognitoEngine>;
  vault: SecretVault;
  /** Valid tokens for the profile (refreshed when due); throws when not signed in. */
  freshTokens: (profileId: string) => Promise<TokenSet>;
  /** Registers a value with the log's secret registry, so no log line can quote it. */
  registerSecret: (value: string) => void;
}

/** Sends a reset code to the profile's user; says where it went. */
export async function sendResetCode(deps: AccountDeps, profile: Profile): Promise<CodeDelivery> {
  const engine = await deps.engineFor(profile);
  return engine.forgotPassword(profile.username);
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
  const engine = await deps.engineFor(profile);
  await engine.confirmForgotPassword({ username: profile.username, code, newPassword });
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
