// Sign-out: revoke at Cognito (or the managed login), then forget the tokens here whatever
// Cognito answered, and say truthfully what did not happen.
import type { TokenSet } from '../../shared/auth';
import { AuthError, isAuthError, isVaultError, VaultError } from '../../shared/errors';
import type { SessionKeeper } from './session-keeper';
import type { SessionStates } from './session-states';
import type { SessionDeps } from './types';

/** What a sign-out did not manage; empty when Cognito confirmed it and the keychain let go. */
export interface SignOutOutcome {
  unconfirmed?: AuthError;
  notRemoved?: VaultError;
}

/** The session manager's parts a sign-out works on. */
export interface SignOutParts {
  deps: SessionDeps;
  keeper: SessionKeeper;
  states: SessionStates;
}

/** Revokes the profile's refresh token and clears its tokens; run inside the keeper's turn. */
export async function revokeAndClear(
  parts: SignOutParts,
  profileId: string,
  options: { global?: boolean },
): Promise<SignOutOutcome> {
  const tokens = await tokensToRevoke(parts, profileId);
  const outcome: SignOutOutcome = {};
  try {
    if (tokens?.refreshToken) {
      const engine = await parts.deps.engineFor(parts.deps.getProfile(profileId));
      await engine.signOut({
        refreshToken: tokens.refreshToken,
        accessToken: tokens.accessToken || undefined,
        global: options.global,
      });
    }
  } catch (error) {
    // A refresh token Cognito no longer takes is as signed out as it gets.
    if (!isAuthError(error) || error.code !== 'refresh-token-invalid') {
      parts.deps.log.warn(`Sign-out of profile ${profileId} was not confirmed by Cognito.`, error);
      outcome.unconfirmed = isAuthError(error)
        ? error
        : new AuthError('unknown', 'The sign-out failed unexpectedly.', { cause: error });
    }
  }
  try {
    await parts.keeper.cache.clear(profileId);
    parts.deps.leftovers?.clear(profileId);
  } catch (error) {
    parts.keeper.cache.forget(profileId);
    parts.deps.leftovers?.mark(profileId);
    parts.deps.log.warn(
      `Tokens of profile ${profileId} could not be removed from the keychain.`,
      error,
    );
    outcome.notRemoved = isVaultError(error)
      ? error
      : new VaultError('broken', 'The tokens could not be removed from the keychain.', {
          cause: error,
        });
  }
  parts.states.set(profileId, { status: 'signed-out' });
  return outcome;
}

/**
 * The tokens to revoke: the keychain's (another process may have rotated them), else those
 * held in memory when the keychain is locked or never took them.
 */
async function tokensToRevoke(parts: SignOutParts, profileId: string): Promise<TokenSet | null> {
  const inMemory = parts.keeper.cache.peek(profileId) ?? null;
  try {
    const stored = await parts.keeper.cache.load(profileId, { fromVault: true });
    return stored?.refreshToken ? stored : inMemory;
  } catch (error) {
    parts.deps.log.warn(`Reading the tokens of profile ${profileId} failed; using memory.`, error);
    return inMemory;
  }
}
