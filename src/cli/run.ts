// Dispatches argv to a command from the table and turns every outcome into an exit code.
import os from 'node:os';
import { resolveDataDir } from '../main/profiles/data-dir';
import { createFileLog } from '../main/log/file-log';
import { usageError } from './cli-error';
import type { Command } from './command';
import { EXIT, type ExitCode } from './exit-codes';
import { topLevelHelp } from './help';
import type { CliIo } from './io';
import { SecretScrubber } from '../main/log/scrub';
import { reportError } from './report-error';

/** The data folder as this invocation's environment names it. */
function dataDirOf(io: CliIo): string {
  return resolveDataDir({ env: io.env, platform: process.platform, homedir: os.homedir() });
}

/** Runs one invocation of cognito-tokens; never throws, always resolves to an exit code. */
export async function runCli(
  argv: string[],
  io: CliIo,
  commands: readonly Command[],
): Promise<ExitCode> {
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
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(topLevelHelp(commands));
      return EXIT.ok;
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (!command) {
      const known = commands.map((candidate) => candidate.name).join(', ');
      // A flag before the command is the common slip: say where flags go.
      throw usageError(
        name.startsWith('-')
          ? `Flags go after the command, as in "cognito-tokens login --help"; commands: ${known}.`
          : `Unknown command "${name}"; commands: ${known}. Run "cognito-tokens --help" for usage.`,
      );
    }
    return await command.run({ argv: rest, io, secrets, log, dataDir });
  } catch (error) {
    return reportError(error, io, log);
  }
}
