// `<command> --help` answered in one place, from the command's own help: before, 15 commands
// each parsed their flags and then checked for --help, and a mistyped flag beside --help was
// an error instead of the help the person asked for.
import type { Command } from './command';

const HELP_FLAGS = new Set(['--help', '-h']);

/**
 * The help text a command line asks for, or undefined when it asks for none. `--help` or `-h`
 * counts anywhere before a `--` (after it, the words belong to the command exec runs); for a
 * command with subcommands, `profiles add --help` is that subcommand's help and `profiles help`
 * (or `profiles --help`) the command's.
 */
export function requestedHelp(command: Command, argv: readonly string[]): string | undefined {
  const end = argv.indexOf('--');
  const own = end === -1 ? argv : argv.slice(0, end);
  const subs = command.subcommands ?? [];
  if (subs.length > 0 && own[0] === 'help') return command.help;
  const at = own.findIndex((arg) => HELP_FLAGS.has(arg));
  if (at === -1) return undefined;
  if (at === 0) return command.help;
  const sub = subs.find((candidate) => candidate.name === own[0]);
  return sub?.help ?? command.help;
}
