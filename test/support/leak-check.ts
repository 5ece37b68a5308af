// The secret-leak check: after a journey, no password, client secret or token the test used or
// received may sit in any file of the data folder (store, logs, backups) or in any captured
// output, except the stdout a test asked for tokens on. Failures name the secret and the place,
// never the value.
import { expect } from 'vitest';
import type { CliRun } from './run-cli';

export { filesUnder, findLeaks, type Capture, type TrackedSecret } from './leak-scan';
import { filesUnder, findLeaks, type Capture, type TrackedSecret } from './leak-scan';

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
