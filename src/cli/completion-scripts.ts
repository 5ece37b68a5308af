// The completion scripts for bash, zsh and fish, generated from the completion model. Profile
// names come at completion time from `cognito-tokens completion --profiles`, which reads the
// profile file only (never the keychain).
import type { CompletionModel } from './completion-model';

/** The shells `completion` writes a script for. */
export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
/** One of COMPLETION_SHELLS. */
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

const BIN = 'cognito-tokens';
const PROFILES = `${BIN} completion --profiles 2>/dev/null`;

/** Words are command, subcommand and flag names: letters, digits and dashes only. */
const words = (list: readonly string[]): string => list.join(' ');

function bash(model: CompletionModel): string {
  const subs = Object.entries(model.subcommands)
    .map(([cmd, list]) => `    ${cmd}) subs='${words(list)}' ;;`)
    .join('\n');
  const entries = model.entries
    .map((e) => `    '${e.key}') flags='${words(e.flags)}'; profile=${e.takesProfile ? 1 : 0} ;;`)
    .join('\n');
  return `# ${BIN} completion for bash. Install:
#   ${BIN} completion bash > ~/.local/share/bash-completion/completions/${BIN}
# or add to ~/.bashrc: eval "$(${BIN} completion bash)"
_cognito_tokens() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd=\${COMP_WORDS[1]} key subs='' flags='' profile=0 i
  COMPREPLY=()
  if (( COMP_CWORD == 1 )); then
    COMPREPLY=($(compgen -W '${words(model.commands)} --help --version' -- "$cur"))
    return
  fi
  # After exec's --, the words belong to another command.
  for (( i = 2; i < COMP_CWORD; i++ )); do [[ \${COMP_WORDS[i]} == -- ]] && return; done
  key=$cmd
  case $cmd in
${subs}
  esac
  if [[ -n $subs ]]; then
    if (( COMP_CWORD == 2 )); then
      COMPREPLY=($(compgen -W "$subs" -- "$cur"))
      return
    fi
    key="$cmd \${COMP_WORDS[2]}"
  fi
  case $key in
${entries}
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$flags --help" -- "$cur"))
  elif (( profile )) && [[ \${COMP_WORDS[COMP_CWORD-1]} != --* ]]; then
    local IFS=$'\\n'
    COMPREPLY=($(compgen -W "$(${PROFILES})" -- "$cur"))
  fi
}
complete -F _cognito_tokens ${BIN}
`;
}

function zsh(model: CompletionModel): string {
  const subs = Object.entries(model.subcommands)
    .map(([cmd, list]) => `    ${cmd}) subs=(${words(list)}) ;;`)
    .join('\n');
  const entries = model.entries
    .map((e) => `    '${e.key}') flags=(${words(e.flags)}); profile=${e.takesProfile ? 1 : 0} ;;`)
    .join('\n');
  return `#compdef ${BIN}
# ${BIN} completion for zsh. Install (a folder on $fpath, before compinit runs):
#   ${BIN} completion zsh > "\${fpath[1]}/_${BIN}"
# or add to ~/.zshrc after compinit: eval "$(${BIN} completion zsh)"
_cognito_tokens() {
  local cmd=\${words[2]} key profile=0
  local -a subs flags
  if (( CURRENT == 2 )); then
    compadd -- ${words(model.commands)} --help --version
    return
  fi
  # After exec's --, the words belong to another command.
  local dashdash=\${words[(i)--]}
  (( dashdash > 2 && dashdash < CURRENT )) && return
  key=$cmd
  case $cmd in
${subs}
  esac
  if (( \${#subs} )); then
    if (( CURRENT == 3 )); then
      compadd -- $subs
      return
    fi
    key="$cmd \${words[3]}"
  fi
  case $key in
${entries}
  esac
  if [[ \${words[CURRENT]} == -* ]]; then
    compadd -- $flags --help
  elif (( profile )) && [[ \${words[CURRENT-1]} != --* ]]; then
    compadd -- \${(f)"$(${PROFILES})"}
  fi
}
if [[ \${funcstack[1]} == _${BIN} ]]; then
  _cognito_tokens "$@"
else
  compdef _cognito_tokens ${BIN}
fi
`;
}

function fish(model: CompletionModel): string {
  const lines = [
    `# ${BIN} completion for fish. Install:`,
    `#   ${BIN} completion fish > ~/.config/fish/completions/${BIN}.fish`,
    `complete -c ${BIN} -f`,
    `complete -c ${BIN} -n __fish_use_subcommand -a '${words(model.commands)}'`,
    `complete -c ${BIN} -n __fish_use_subcommand -l help -l version`,
  ];
  for (const [cmd, list] of Object.entries(model.subcommands)) {
    const seen = `__fish_seen_subcommand_from ${cmd}`;
    lines.push(
      `complete -c ${BIN} -n '${seen}; and not __fish_seen_subcommand_from ${words(list)}' -a '${words(list)}'`,
    );
  }
  for (const entry of model.entries) {
    const [cmd, sub] = entry.key.split(' ');
    const when = sub
      ? `__fish_seen_subcommand_from ${cmd}; and __fish_seen_subcommand_from ${sub}`
      : `__fish_seen_subcommand_from ${cmd}`;
    const flags = entry.flags.map((flag) => `-l ${flag.slice(2)}`).join(' ');
    if (flags) lines.push(`complete -c ${BIN} -n '${when}' ${flags}`);
    if (entry.takesProfile) lines.push(`complete -c ${BIN} -n '${when}' -a '(${PROFILES})'`);
  }
  return `${lines.join('\n')}\n`;
}

/** The completion script for a shell. */
export function completionScript(shell: CompletionShell, model: CompletionModel): string {
  if (shell === 'bash') return bash(model);
  if (shell === 'zsh') return zsh(model);
  return fish(model);
}
