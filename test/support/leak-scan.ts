// Finding secrets in what a run left behind: files, logs, streams, bridge replies. Pure (no
// test runner), so both Vitest and Playwright use it.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** A value that must not leak, with a label for failure messages. */
export interface TrackedSecret {
  label: string;
  value: string;
}

/** Text that was written somewhere: a file, or a stream of one CLI run. */
export interface Capture {
  where: string;
  text: string;
}

/** Every form a value takes in files and logs: raw, URI-encoded, and escaped inside JSON. */
function formsOf(value: string): string[] {
  const forms = new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]);
  return [...forms].filter((form) => form.length > 0);
}

/** The text of every file under `dir`, however deep (store, lock, logs, backups). */
export async function filesUnder(dir: string): Promise<Capture[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { where: `file ${relative(dir, path)}`, text: await readFile(path, 'latin1') };
    }),
  );
}

/** "<secret> in <where>" for each leak found; empty when clean. */
export function findLeaks(
  captures: readonly Capture[],
  secrets: readonly TrackedSecret[],
): string[] {
  const leaks: string[] = [];
  for (const secret of secrets) {
    if (secret.value.length < 4) throw new Error(`secret ${secret.label} is too short to track`);
    for (const capture of captures) {
      if (formsOf(secret.value).some((form) => capture.text.includes(form))) {
        leaks.push(`${secret.label} in ${capture.where}`);
      }
    }
  }
  return leaks;
}
