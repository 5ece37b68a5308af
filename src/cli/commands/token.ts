// `cognito-tokens token [PROFILE]`: one token for $(...), refreshed first when due.
import { bearerHeader, NO_ID_TOKEN, type TokenKind } from '../../shared/token-text';
import { parseFlagsAndArgs } from '../args';
import { chosenProfile } from '../chosen-profile';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { CliError } from '../cli-error';
import { EXIT } from '../../shared/exit-codes';
import { freshTokenQuickly, openManager, tokenOfKind } from '../manager';
import { parseTimeoutMs } from './login/login-options';

/** `token --help`. */
export const TOKEN_HELP = `Usage: cognito-tokens token [PROFILE] [--id | --access] [--header] [--refresh]

Prints one token of a signed-in profile (the active one when none is named) and a
newline, refreshing it first when it is about to expire. Sign in once with
cognito-tokens login PROFILE; the refresh token waits in the OS keychain. When a due
refresh fails but the token is still valid, it is printed, and stderr says why the
refresh failed and until when the token lasts.

  --id          the ID token (the default): what API Gateway's Cognito authorizer
                checks unless OAuth scopes are configured, and it carries the
                user's claims (email, groups)
  --access      the access token: for OAuth scopes, and Cognito's own user APIs;
                the default for M2M (client-credentials) profiles, which get an
                access token only (no sign-in needed: the first token fetches one)
  --header      print "Authorization: Bearer <token>" instead of the bare token
  --refresh     refresh first even when the token is nowhere near expiry (to see a
                refresh work, or to pick up changed groups or attributes); when the
                refresh does not happen, nothing is printed and the exit code says why
  --timeout S   per-request timeout when a refresh is needed (default 10)
  --output json one object instead of the bare token: profile, state ("signed-in"),
                username (the typed username, or the ID token's email or federated
                name; null for M2M), sub, idToken (null for M2M), accessToken,
                expiresAt (ISO 8601) and secondsLeft; never the refresh token

Examples
  curl -H "$(cognito-tokens token dev --header)" https://api.example.com/items
  TOKEN=$(cognito-tokens token --access)

Exit codes: 0 printed, 2 bad input, 3 not signed in or refused (log in again),
4 network or service failure, 1 unexpected error or a keychain problem.
`;

const FLAGS = {
  id: { type: 'boolean' },
  access: { type: 'boolean' },
  header: { type: 'boolean' },
  refresh: { type: 'boolean' },
  timeout: { type: 'string' },
  output: { type: 'string' },
} as const;

/** The token command. */
export const tokenCommand: Command = {
  name: 'token',
  takesProfile: true,
  summary: 'print a fresh token of a saved profile (refreshed when due)',
  help: TOKEN_HELP,
  async run(ctx) {
    const { flags, args } = parseFlagsAndArgs('token', ctx.argv, FLAGS, 1);
    if (flags.id === true && flags.access === true) {
      throw usageError('Use either --id or --access, not both.');
    }
    if (flags.output !== undefined) {
      if (flags.output !== 'json') throw usageError('--output must be json.');
      if (flags.header === true)
        throw usageError('Use either --header or --output json, not both.');
      const name = chosenProfile(ctx.io.env, args[0]);
      const timeoutMs = parseTimeoutMs(flags.timeout);
      const { sessionFor } = await import('../session-for-command.js');
      const { tokenJson } = await import('../token-json.js');
      const session = await sessionFor(ctx, name, { timeoutMs, refresh: flags.refresh === true });
      ctx.io.stdout.write(`${JSON.stringify(tokenJson(session, Date.now()), null, 2)}\n`);
      return EXIT.ok;
    }
    const asked: TokenKind | undefined =
      flags.access === true ? 'access' : flags.id === true ? 'id' : undefined;
    const timeoutMs = parseTimeoutMs(flags.timeout);
    const name = chosenProfile(ctx.io.env, args[0]);
    // M2M sessions have only an access token: it is the default there.
    const token =
      flags.refresh === true
        ? tokenOfKind(
            await (await openManager(ctx, { timeoutMs, reliesOnKeychain: true })).refreshNow(name),
            asked,
          )
        : await freshTokenQuickly(ctx, name, asked, { timeoutMs });
    if (token === undefined) throw new CliError(NO_ID_TOKEN, EXIT.rejected);
    ctx.io.stdout.write(`${flags.header === true ? bearerHeader(token) : token}\n`);
    return EXIT.ok;
  },
};
