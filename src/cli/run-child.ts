// Runs a command with extra variables, as `exec` does: the terminal is the child's, signals sent
// to us go on to it, and its exit code (or 128 + its signal) becomes ours.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { CliError } from './cli-error';

/** Signals a wrapper passes on; SIGKILL and SIGSTOP cannot be caught. */
const FORWARDED: readonly NodeJS.Signals[] = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGQUIT',
  'SIGUSR1',
  'SIGUSR2',
  'SIGWINCH',
];

/** The exit code a shell reports for a process a signal ended. */
function signalExit(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

function cannotRun(command: string, error: NodeJS.ErrnoException): CliError {
  // 127 and 126 are what shells answer for a missing and a non-executable command.
  if (error.code === 'ENOENT')
    return new CliError(`Cannot run ${command}: command not found.`, 127);
  if (error.code === 'EACCES')
    return new CliError(`Cannot run ${command}: permission denied.`, 126);
  return new CliError(`Cannot run ${command} (${error.code ?? 'unknown error'}).`, 126);
}

/** Runs `command args` with `env`, stdio inherited; resolves to the child's exit code. */
export function runChild(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => {
      child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const stopForwarding = () => {
      for (const signal of FORWARDED) process.off(signal, forward);
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      stopForwarding();
      reject(cannotRun(command, error));
    });
    child.once('exit', (code, signal) => {
      stopForwarding();
      resolve(code ?? (signal ? signalExit(signal) : 1));
    });
  });
}
