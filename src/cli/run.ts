// Dispatches argv to a command from the table and turns every outcome into an exit code.
import os from 'node:os';
import { resolveDataDir } from '../main/profiles/data-dir';
import { createFileLog } from '../main/log/file-log';
import { usageError, type CliError } from './cli-error';
import { packageVersion } from './version';
import type { Command } from './command';
import { EXIT } from '../shared/exit-codes';
import { topLevelHelp } from './help';
import { requestedHelp } from './help-request';
import type { CliIo } from './io';
import { SecretScrubber } from '../main/log/scrub';
import { reportError } from './report-error';

/** The data folder as this invocation's environment names it. */
function dataDirOf(io: CliIo): string {
  return resolveDataDir({ env: io.env, platform: process.platform, homedir: os.homedir() });
}

function unknownCommand(name: string, commands: readonly Command[]): CliError {
  const known = commands.map((candidate) => candidate.name).join(', ');
  // A flag before the command is the common slip: say where flags go.
  return usageError(
    name.startsWith('-')
      ? `Flags go after the command, as in "cognito-tokens login --help"; commands: ${known}.`
      : `Unknown command "${name}"; commands: ${known}. Run "cognito-tokens --help" for usage.`,
  );
}

/**
 * Runs one invocation of cognito-tokens; never throws, always resolves to an exit code (one of
 * EXIT's, or what exec's command exited with).
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  commands: readonly Command[],
): Promise<number> {
  const secrets = new SecretScrubber();
  const dataDir = dataDirOf(io);
  // The file is only made when something is worth logging, so a plain run writes nothing.
  const log = createFileLog({ dataDir, secrets });
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      io.stderr.write(topLevelHelp(commands));
      return EXIT.input;
    }
    if (name === '--version' || name === '-V') {
      io.stdout.write(`cognito-tokens ${packageVersion() ?? 'unknown version'}\n`);
      return EXIT.ok;
    }
    if (name === 'help' && rest[0] !== undefined) {
      // `help login`, as git and gh read it: the command's own help.
      const asked = commands.find((candidate) => candidate.name === rest[0]);
      if (!asked) throw unknownCommand(rest[0], commands);
      io.stdout.write(asked.help);
      return EXIT.ok;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(topLevelHelp(commands));
      return EXIT.ok;
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (!command) throw unknownCommand(name, commands);
    const help = requestedHelp(command, rest);
    if (help !== undefined) {
      io.stdout.write(help);
      return EXIT.ok;
    }
    return await command.run({ argv: rest, io, secrets, log, dataDir });
  } catch (error) {
    return reportError(error, io, log);
  }
}
