// `cognito-tokens exec PROFILE -- COMMAND [ARGS…]`: runs a command with the session's variables in
// its environment only, as aws-vault exec and op run do.
import { parseFlagsAndArgs } from '../args';
import { chosenProfile } from '../chosen-profile';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { SESSION_VARIABLES_HELP } from './env';
import { parseTimeoutMs } from './login/login-options';

/** `exec --help`. */
export const EXEC_HELP = `Usage: cognito-tokens exec [PROFILE] [--timeout S] -- COMMAND [ARGS…]

Runs COMMAND with the tokens of a signed-in profile (the named one, else
$COGNITO_PROFILE's, else the active one) in its environment, and nowhere else:
nothing is printed, nothing is written to the shell. The tokens handed over are good
for at least the profile's refresh-ahead time (refreshed first if not). The command's
exit code is this one's; signals sent to cognito-tokens go on to the command.

${SESSION_VARIABLES_HELP}

  --timeout S   per-request timeout when a refresh is needed (default 10)

Examples
  cognito-tokens exec dev -- npm test
  cognito-tokens exec dev -- aws s3 ls
  cognito-tokens exec dev -- sh -c 'curl -H "Authorization: Bearer $COGNITO_ID_TOKEN" https://api.example.com/'
`;

const FLAGS = {
  timeout: { type: 'string' },
} as const;

/** The exec command. */
export const execCommand: Command = {
  name: 'exec',
  takesProfile: true,
  summary: 'run a command with the tokens (and AWS credentials) of a saved profile',
  help: EXEC_HELP,
  async run(ctx) {
    const split = ctx.argv.indexOf('--');
    const own = split === -1 ? ctx.argv : ctx.argv.slice(0, split);
    const { flags, args } = parseFlagsAndArgs('exec', own, FLAGS, 1);
    const [command, ...commandArgs] = split === -1 ? [] : ctx.argv.slice(split + 1);
    if (command === undefined || command === '') {
      throw usageError(
        'exec needs a command after --, as in "cognito-tokens exec dev -- npm test".',
      );
    }
    const name = chosenProfile(ctx.io.env, args[0]);
    // Loaded here, not at start-up: every other command would pay for them.
    const { sessionVariablesFor } = await import('../session-for-command.js');
    const { runChild } = await import('../run-child.js');
    const variables = await sessionVariablesFor(ctx, name, parseTimeoutMs(flags.timeout));
    return runChild(command, commandArgs, { ...ctx.io.env, ...Object.fromEntries(variables) });
  },
};
