// Whether a program is on PATH: tests of shells that may be missing (zsh, fish, pwsh) skip then.
import { execFileSync } from 'node:child_process';

/** True when `program` is on PATH. */
export function installed(program: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
