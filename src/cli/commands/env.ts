// `cognito-tokens env [PROFILE]`: shell export lines, for eval "$(cognito-tokens env dev)".
import { exportLines, tokenEnvironment } from '../token-format';
import { parseFlagsAndArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { openManager } from '../manager';
import { parseTimeoutMs } from './login-options';

/** `env --help`. */
export const ENV_HELP = `Usage: cognito-tokens env [PROFILE] [--timeout S]

Prints POSIX shell export lines for a signed-in profile (the active one when none is
named), tokens refreshed first when due. Values are single-quoted, so nothing in
them expands. The refresh token is never printed.

  COGNITO_ID_TOKEN, COGNITO_ACCESS_TOKEN, COGNITO_TOKEN_EXPIRES_AT (ISO 8601),
  COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID, COGNITO_REGION, COGNITO_USERNAME

Example
  eval "$(cognito-tokens env dev)"
`;

const FLAGS = {
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The env command. */
export const envCommand: Command = {
  name: 'env',
  summary: 'print shell export lines with the tokens of a saved profile',
  help: ENV_HELP,
  async run(ctx) {
    const { flags, args } = parseFlagsAndArgs('env', ctx.argv, FLAGS, 1);
    if (flags.help === true) {
      ctx.io.stdout.write(ENV_HELP);
      return EXIT.ok;
    }
    const manager = await openManager(ctx, {
      timeoutMs: parseTimeoutMs(flags.timeout),
      reliesOnKeychain: true,
    });
    const profile = manager.resolveProfile(args[0]);
    const tokens = await manager.freshTokens(profile.id);
    ctx.io.stdout.write(exportLines(tokenEnvironment(profile, tokens)));
    return EXIT.ok;
  },
};
