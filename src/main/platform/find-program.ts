// Finds a program on PATH without starting a shell: the clipboard and tray checks ask whether
// wl-clipboard or dbus-send are installed before choosing how to work.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The program's full path on PATH, or null when it is not there. */
export function findProgram(
  name: string,
  env: Readonly<Record<string, string | undefined>>,
): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}
