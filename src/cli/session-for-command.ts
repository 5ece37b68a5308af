// The variables of a profile's session for `env` and `exec`: from the keychain's cache when it is
// fresh (no SDK, no store), else through the facade, which refreshes tokens and fetches AWS
// credentials first.
import type { CommandContext } from './command';
import { fastRequest, freshTokensNoted, openManager } from './manager';
import { sessionVariables, type Variable } from './session-variables';

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
