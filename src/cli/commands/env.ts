// `cognito-tokens env [PROFILE]`: the session's variables as shell lines (or a .env file, or
// JSON), for eval "$(cognito-tokens env dev)".
import { formatVariables, parseEnvFormat } from '../env-formats';
import { parseFlagsAndArgs } from '../args';
import { chosenProfile } from '../chosen-profile';
import type { Command } from '../command';
import { EXIT } from '../../shared/exit-codes';
import { parseTimeoutMs } from './login/login-options';

/** The variables env prints and exec sets, as both helps list them. */
export const SESSION_VARIABLES_HELP = `  COGNITO_PROFILE, COGNITO_ID_TOKEN (none for M2M), COGNITO_ACCESS_TOKEN,
  COGNITO_TOKEN_EXPIRES_AT (ISO 8601), COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID,
  COGNITO_REGION, COGNITO_USERNAME (the name the user signs in with), COGNITO_SUB
  (the user's id); with an identity pool also AWS_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION and AWS_CREDENTIAL_EXPIRATION`;

/** `env --help`. */
export const ENV_HELP = `Usage: cognito-tokens env [PROFILE] [--format F] [--timeout S]

Prints the variables of a signed-in profile (the named one, else $COGNITO_PROFILE's,
else the active one), tokens refreshed first when due. The refresh token, passwords
and client secrets are never printed.

${SESSION_VARIABLES_HELP}

  --format F    sh (the default: export lines, single-quoted so nothing expands),
                fish, powershell, cmd, dotenv (NAME='value' lines for a .env file:
                keep it out of git) or json (one object)
  --timeout S   per-request timeout when a refresh is needed (default 10)

Examples
  eval "$(cognito-tokens env dev)"
  cognito-tokens env dev --format fish | source
  cognito-tokens env dev --format powershell | Invoke-Expression
  cognito-tokens env dev --format dotenv > .env
`;

const FLAGS = {
  format: { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** The env command. */
export const envCommand: Command = {
  name: 'env',
  takesProfile: true,
  summary: 'print the tokens (and AWS credentials) of a saved profile as variables',
  help: ENV_HELP,
  async run(ctx) {
    const { flags, args } = parseFlagsAndArgs('env', ctx.argv, FLAGS, 1);
    const format = parseEnvFormat(flags.format);
    const name = chosenProfile(ctx.io.env, args[0]);
    const { sessionVariablesFor } = await import('../session-for-command.js');
    const variables = await sessionVariablesFor(ctx, name, parseTimeoutMs(flags.timeout));
    ctx.io.stdout.write(formatVariables(variables, format));
    return EXIT.ok;
  },
};
