// `cognito-tokens token [PROFILE]`: one token for $(...), refreshed first when due.
import { bearerHeader, NO_ID_TOKEN, type TokenKind } from '../../shared/token-text';
import { parseFlagsAndArgs } from '../args';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { freshTokenQuickly, openManager, tokenOfKind } from '../manager';
import { parseTimeoutMs } from './login-options';

/** `token --help`. */
export const TOKEN_HELP = `Usage: cognito-tokens token [PROFILE] [--id | --access] [--header] [--refresh]

Prints one token of a signed-in profile (the active one when none is named) and a
newline, refreshing it first when it is about to expire. Sign in once with
cognito-tokens login PROFILE; the refresh token waits in the OS keychain.

  --id          the ID token (the default): what API Gateway's Cognito authorizer
                checks unless OAuth scopes are configured, and it carries the
                user's claims (email, groups)
  --access      the access token: for OAuth scopes, and Cognito's own user APIs;
                the default for M2M (client-credentials) profiles, which get an
                access token only (no sign-in needed: the first token fetches one)
  --header      print "Authorization: Bearer <token>" instead of the bare token
  --refresh     refresh first even when the token is nowhere near expiry (to see a
                refresh work, or to pick up changed groups or attributes)
  --timeout S   per-request timeout when a refresh is needed (default 10)

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
  help: { type: 'boolean', short: 'h' },
} as const;

/** The token command. */
export const tokenCommand: Command = {
  name: 'token',
  summary: 'print a fresh token of a saved profile (refreshed when due)',
  help: TOKEN_HELP,
  async run(ctx) {
    const { flags, args } = parseFlagsAndArgs('token', ctx.argv, FLAGS, 1);
    if (flags.help === true) {
      ctx.io.stdout.write(TOKEN_HELP);
      return EXIT.ok;
    }
    if (flags.id === true && flags.access === true) {
      throw usageError('Use either --id or --access, not both.');
    }
    const asked: TokenKind | undefined =
      flags.access === true ? 'access' : flags.id === true ? 'id' : undefined;
    const timeoutMs = parseTimeoutMs(flags.timeout);
    // M2M sessions have only an access token: it is the default there.
    const token =
      flags.refresh === true
        ? tokenOfKind(
            await (
              await openManager(ctx, { timeoutMs, reliesOnKeychain: true })
            ).refreshNow(args[0]),
            asked,
          )
        : await freshTokenQuickly(ctx, args[0], asked, { timeoutMs });
    if (token === undefined) throw new CliError(NO_ID_TOKEN, EXIT.rejected);
    ctx.io.stdout.write(`${flags.header === true ? bearerHeader(token) : token}\n`);
    return EXIT.ok;
  },
};
