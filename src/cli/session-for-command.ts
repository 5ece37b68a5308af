// The variables of a profile's session for `env` and `exec`: from the keychain's cache when it is
// fresh (no SDK, no store), else through the facade, which refreshes tokens and fetches AWS
// credentials first.
import type { CommandContext } from './command';
import { fastRequest, freshTokensNoted, openManager } from './manager';
import { sessionVariables, type Variable, type VariableProfile } from './session-variables';
import type { TokenSet } from '../shared/auth';

/** A profile's fresh tokens with the profile fields that describe them. */
export interface ProfileSession {
  profile: VariableProfile;
  tokens: TokenSet;
}

/** Fresh tokens of the profile: the keychain's when fresh, else the facade's (refreshed). */
export async function sessionFor(
  ctx: CommandContext,
  idOrName: string | undefined,
  options: { timeoutMs: number | undefined; refresh: boolean },
): Promise<ProfileSession> {
  if (!options.refresh) {
    const { pickSessionProfile } = await import('./fast-session.js');
    const { freshCachedTokens, readProfileFile } = await import('./fast-token.js');
    const request = await fastRequest(ctx, idOrName);
    const profile = pickSessionProfile(readProfileFile(ctx.dataDir), idOrName);
    const tokens = profile && (await freshCachedTokens(request, profile));
    if (profile && tokens) return { profile, tokens };
  }
  const manager = await openManager(ctx, { timeoutMs: options.timeoutMs, reliesOnKeychain: true });
  const profile = manager.resolveProfile(idOrName);
  const tokens = options.refresh
    ? await manager.refreshNow(profile.id)
    : await freshTokensNoted(ctx, manager, profile.id);
  return { profile, tokens };
}

/** The session variables of the named (else $COGNITO_PROFILE's, else the active) profile. */
export async function sessionVariablesFor(
  ctx: CommandContext,
  idOrName: string | undefined,
  timeoutMs: number | undefined,
): Promise<Variable[]> {
  const { cachedSessionFast } = await import('./fast-session.js');
  const fast = await cachedSessionFast(await fastRequest(ctx, idOrName));
  if (fast) return sessionVariables(fast.profile, fast.tokens, fast.aws);
  const manager = await openManager(ctx, { timeoutMs, reliesOnKeychain: true });
  const profile = manager.resolveProfile(idOrName);
  const tokens = await freshTokensNoted(ctx, manager, profile.id);
  const aws =
    profile.identityPoolId === undefined ? undefined : await manager.awsCredentials(profile.id);
  return sessionVariables(profile, tokens, aws);
}
