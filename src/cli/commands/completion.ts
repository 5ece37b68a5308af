// `cognito-tokens completion bash|zsh|fish`: a shell completion script for commands, flags and
// profile names. `completion --profiles` is what the scripts call: the names in the profile file,
// read without the store library or the keychain.
import { parseFlagsAndArgs } from '../args';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { completionModel } from '../completion-model';
import { COMPLETION_SHELLS, completionScript } from '../completion-scripts';
import { EXIT } from '../../shared/exit-codes';
import { readProfileFile } from '../profile-file';
import { isRecord } from '../../shared/records';

/** `completion --help`. */
export const COMPLETION_HELP = `Usage: cognito-tokens completion bash|zsh|fish

Prints a script that completes commands, flags and profile names (read from the
profile file; the keychain is never touched).

  bash   cognito-tokens completion bash > ~/.local/share/bash-completion/completions/cognito-tokens
         (or in ~/.bashrc: eval "$(cognito-tokens completion bash)")
  zsh    cognito-tokens completion zsh > "\${fpath[1]}/_cognito-tokens"
         (or in ~/.zshrc, after compinit: eval "$(cognito-tokens completion zsh)")
  fish   cognito-tokens completion fish > ~/.config/fish/completions/cognito-tokens.fish

Open a new shell afterwards.
`;

const FLAGS = {
  profiles: { type: 'boolean' },
} as const;

/** The names of the profiles in the data folder's profile file, one a line. */
function profileNames(dataDir: string): string {
  const file = readProfileFile(dataDir);
  const profiles = isRecord(file) && Array.isArray(file.profiles) ? file.profiles : [];
  const names = profiles.flatMap((p) =>
    isRecord(p) && typeof p.name === 'string' ? [p.name] : [],
  );
  return names.map((name) => `${name}\n`).join('');
}

/** The completion command over the given command table (itself included). */
export function completionCommand(table: () => readonly Command[]): Command {
  return {
    name: 'completion',
    summary: 'print a shell completion script (bash, zsh or fish)',
    help: COMPLETION_HELP,
    async run(ctx) {
      const { flags, args } = parseFlagsAndArgs('completion', ctx.argv, FLAGS, 1);
      if (flags.profiles === true) {
        ctx.io.stdout.write(profileNames(ctx.dataDir));
        return EXIT.ok;
      }
      const shell = COMPLETION_SHELLS.find((s) => s === args[0]);
      if (!shell) throw usageError('Name a shell: cognito-tokens completion bash, zsh or fish.');
      ctx.io.stdout.write(completionScript(shell, completionModel(table())));
      return Promise.resolve(EXIT.ok);
    },
  };
}
