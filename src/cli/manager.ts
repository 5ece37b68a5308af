// Opens the TokenManager for commands that use profiles. The facade is imported on demand so
// `--help` and the stateless login never load the store, zod or keytar.
import type { TokenSet } from '../shared/auth';
import { pickToken, type TokenKind } from '../shared/token-text';
import type { TokenManager } from '../main/token-manager';
import type { CommandContext } from './command';
import { info, type CliIo } from './io';
import type { FastTokenRequest } from './fast-token';

/** Set to 1 to use the development builds' keychain items (the app run from source). */
export const DEV_KEYCHAIN_ENV = 'COGNITO_TOKEN_MANAGER_DEV';
/** Recovery details shown under the notice, at most this many. */
const MAX_NOTICE_DETAILS = 5;

/** How a command wants the facade. */
export interface OpenManagerOptions {
  /** Per-request timeout for Cognito calls (--timeout). */
  timeoutMs?: number | undefined;
  /**
   * Whether this command cannot do its job without the keychain (a sign-in, a token, a client
   * secret): a keychain problem is then said every time. Others say it once per data folder and
   * reason, so scripts' output is not buried (default false).
   */
  reliesOnKeychain?: boolean;
  /** Whether this command reads the keychain at all (default true). */
  usesKeychain?: boolean;
}

/** Tells the user, once per run, about a profile file that was set aside. */
function showRecoveryNotice(io: CliIo, manager: TokenManager): void {
  const notice = manager.takeRecoveryNotice();
  if (!notice) return;
  info(io, `Note: ${notice.reason} The original file is kept at ${notice.backupPath}.`);
  for (const detail of notice.details.slice(0, MAX_NOTICE_DETAILS)) info(io, `  ${detail}`);
}

function serviceNameFor(ctx: CommandContext, vaultServiceName: (isDev: boolean) => string) {
  return vaultServiceName(ctx.io.env[DEV_KEYCHAIN_ENV] === '1');
}

/** What the quick readers need to find a profile's items in the keychain. */
export async function fastRequest(
  ctx: CommandContext,
  idOrName: string | undefined,
): Promise<FastTokenRequest> {
  const { vaultServiceName } = await import('../main/secrets/naming.js');
  const { dataDir, log } = ctx;
  return { dataDir, serviceName: serviceNameFor(ctx, vaultServiceName), idOrName, log };
}

/** The facade's fresh tokens, with a note on stderr when a due refresh failed meanwhile. */
export async function freshTokensNoted(
  ctx: CommandContext,
  manager: TokenManager,
  idOrName: string | undefined,
): Promise<TokenSet> {
  const tokens = await manager.freshTokens(idOrName);
  // Still valid, so handed out; but a script should hear that the refresh it was due failed,
  // and until when what it got lasts.
  const failure = manager.refreshFailure(idOrName);
  if (failure !== undefined) {
    const { clockTime } = await import('../main/sessions/clock-drift.js');
    const profileId = manager.resolveProfile(idOrName).id;
    const until = clockTime(tokens.expiresAt - manager.clockDriftMs(profileId));
    info(
      ctx.io,
      `Note: the token is still valid, but refreshing it failed: ${failure} It lasts until ${until}.`,
    );
  }
  return tokens;
}

/**
 * One fresh token (the kind asked for, else the profile's default: the ID token, or an M2M
 * profile's access token) straight from the file and one keychain item when it is there (no
 * store, no probe, no zod), else from the facade's freshTokens, which refreshes, reports and
 * explains. Undefined when the session has no token of that kind (no ID token for M2M).
 */
export async function freshTokenQuickly(
  ctx: CommandContext,
  idOrName: string | undefined,
  kind: TokenKind | undefined,
  options: OpenManagerOptions = {},
): Promise<string | undefined> {
  const { cachedTokenFast } = await import('./fast-token.js');
  const cached = await cachedTokenFast({ ...(await fastRequest(ctx, idOrName)), kind });
  if (cached) return cached;
  const manager = await openManager(ctx, { ...options, reliesOnKeychain: true });
  return tokenOfKind(await freshTokensNoted(ctx, manager, idOrName), kind);
}

/** The token of the kind asked for, else the session's default (ID, or access for M2M). */
export function tokenOfKind(tokens: TokenSet, kind: TokenKind | undefined): string | undefined {
  return pickToken(tokens, kind ?? (tokens.idToken ? 'id' : 'access'));
}

/** Opens the profile store and the keychain, then says once what the user needs to know. */
export async function openManager(
  ctx: CommandContext,
  options: OpenManagerOptions = {},
): Promise<TokenManager> {
  const { openTokenManager } = await import('../main/token-manager/index.js');
  const { vaultServiceName } = await import('../main/secrets/naming.js');
  const manager = await openTokenManager({
    dir: ctx.dataDir,
    serviceName: serviceNameFor(ctx, vaultServiceName),
    log: ctx.log,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  showRecoveryNotice(ctx.io, manager);
  const keychain = manager.takeKeychainNotice();
  if (keychain !== undefined && options.usesKeychain !== false) {
    // Repeated on every run it would bury the output of scripts; a sign-in always says it.
    if (options.reliesOnKeychain === true || manager.firstKeychainNotice()) {
      info(ctx.io, `Note: ${keychain}`);
    }
  }
  return manager;
}
