// What shell completion offers, taken from the command table itself so it never drifts: each
// command's and subcommand's flags are the --flags its help text names.
import type { Command } from './command';

/** One place completion can stand: a command, or a command and its subcommand. */
export interface CompletionEntry {
  /** "token", or "profiles add". */
  key: string;
  flags: string[];
  /** True when its first plain argument is a profile name. */
  takesProfile: boolean;
}

/** The whole model: commands, each command's subcommands, and every entry's flags. */
export interface CompletionModel {
  commands: string[];
  subcommands: Record<string, string[]>;
  entries: CompletionEntry[];
}

/** The --flags a help text names, sorted, each once. */
export function flagsIn(help: string): string[] {
  return [...new Set(help.match(/--[a-z][a-z-]*[a-z]/g) ?? [])].sort();
}

/** The completion model of a command table. */
export function completionModel(commands: readonly Command[]): CompletionModel {
  const entries: CompletionEntry[] = [];
  const subcommands: Record<string, string[]> = {};
  for (const command of commands) {
    if (command.subcommands) {
      subcommands[command.name] = command.subcommands.map((sub) => sub.name);
      for (const sub of command.subcommands) {
        entries.push({
          key: `${command.name} ${sub.name}`,
          flags: flagsIn(sub.help),
          takesProfile: sub.takesProfile === true,
        });
      }
    } else {
      entries.push({
        key: command.name,
        flags: flagsIn(command.help),
        takesProfile: command.takesProfile === true,
      });
    }
  }
  return { commands: commands.map((c) => c.name), subcommands, entries };
}
