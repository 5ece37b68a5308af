// The text of `cognito-tokens --help`, built from the command table.
import type { Command } from './command';

/** The top-level usage: every command with its summary. */
export function topLevelHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: cognito-tokens <command> [flags]

Signs in to AWS Cognito user pools and prints tokens for scripts.

Commands
${lines.join('\n')}

Run "cognito-tokens <command> --help" for a command's flags.
`;
}
