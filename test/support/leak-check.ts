// The secret-leak check: after a journey, no password, client secret or token the test used or
// received may sit in any file of the data folder (store, logs, backups) or in any captured
// output, except the stdout a test asked for tokens on. Failures name the secret and the place,
// never the value.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import type { CliRun } from './run-cli';

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

/** Collects the streams of CLI runs; a run's stdout is skipped when the test asked for tokens there. */
export class RunLog {
  readonly #captures: Capture[] = [];
  readonly #secrets = new Map<string, string>();

  /** Keeps a run's streams; `tokensOnStdout` exempts its stdout (the token lines asked for). */
  record(name: string, run: CliRun, options: { tokensOnStdout?: boolean } = {}): CliRun {
    this.#captures.push({ where: `stderr of ${name}`, text: run.stderr });
    if (!options.tokensOnStdout)
      this.#captures.push({ where: `stdout of ${name}`, text: run.stdout });
    return run;
  }

  /** Tracks a value (a password the test passed, a token it received). */
  track(label: string, value: string | null | undefined): void {
    if (value) this.#secrets.set(value, label);
  }

  /** Every captured stream. */
  get captures(): readonly Capture[] {
    return this.#captures;
  }

  /** Every tracked secret. */
  get secrets(): TrackedSecret[] {
    return [...this.#secrets].map(([value, label]) => ({ label, value }));
  }
}

/** Asserts that no tracked secret is in any file under `dataDirs` or any recorded stream. */
export async function expectNoLeaks(runs: RunLog, dataDirs: readonly string[]): Promise<void> {
  const files = (await Promise.all(dataDirs.map(filesUnder))).flat();
  expect(files.length, 'the data folder holds no files at all').toBeGreaterThan(0);
  expect(runs.secrets.length, 'no secrets were tracked').toBeGreaterThan(0);
  expect(findLeaks([...files, ...runs.captures], runs.secrets)).toEqual([]);
}
