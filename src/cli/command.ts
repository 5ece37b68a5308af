// The shape every subcommand has, so index.ts can dispatch from one table.
import type { FileLog } from '../main/log/file-log';
import type { CliIo } from './io';
import type { SecretRegistry } from '../main/log/scrub';

/** What a command receives: its own arguments (after the command name), streams, and the secret set. */
export interface CommandContext {
  argv: string[];
  io: CliIo;
  /** Every secret the command reads goes here, so failures can be scrubbed. */
  secrets: SecretRegistry;
  /** The data folder's log file, scrubbed with `secrets`; stacks and warnings go here. */
  log: FileLog;
  /** The data folder shared with the app ($COGNITO_TOKEN_MANAGER_HOME or the platform's). */
  dataDir: string;
}

/** One subcommand of cognito-tokens. */
export interface Command {
  name: string;
  /** One line for the top-level help. */
  summary: string;
  /** The full text of `cognito-tokens <name> --help`. */
  help: string;
  /** Subcommands (profiles add, password forgot…) with their own help, for shell completion. */
  subcommands?: readonly { name: string; help: string; takesProfile?: boolean }[];
  /** True when the first plain argument is a profile name (completed from the profile file). */
  takesProfile?: boolean;
  /**
   * Runs the command; throws CliError or AuthError on failure. Resolves to one of EXIT's codes,
   * or (exec) the exit code of the command it ran.
   */
  run(ctx: CommandContext): Promise<number>;
}
