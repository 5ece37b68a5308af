// The text of `cognito-tokens --help`, built from the command table.
import type { Command } from './command';
import { PRODUCT_NAME } from '../shared/product';

/** The top-level usage: every command with its summary. */
export function topLevelHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: cognito-tokens <command> [flags]

Signs in to AWS Cognito user pools and prints tokens for scripts. Profiles and the
OS keychain are shared with the ${PRODUCT_NAME} app.

Commands
${lines.join('\n')}

Getting started
  cognito-tokens profiles add dev --pool-id us-east-2_AbC123 --client-id 1example23 --username ada
  cognito-tokens login dev
  curl -H "$(cognito-tokens token dev --header)" https://api.example.com/items

Environment
  COGNITO_PROFILE              the profile for commands that name none, in this
                               shell only (the app's active profile stays as it is)
  COGNITO_TOKEN_MANAGER_HOME   the folder holding profiles.json and logs/ (default:
                               the app's data folder)
  COGNITO_TOKEN_MANAGER_DEV=1  use the keychain items of development builds of the app
  COGNITO_TOKENS_DEBUG=1       print the details of unexpected errors

Exit codes: 0 ok, 2 bad input, 3 rejected by Cognito or not signed in, 4 network
or service failure, 1 unexpected error or a keychain/profile-file problem,
130 cancelled.

Run "cognito-tokens help <command>" (or <command> --help) for a command's flags;
"cognito-tokens --version" prints the version.
`;
}
