// The benchmarks are not run for their numbers here (shared machines are noisy); this only
// checks that each still runs to the end against today's build: BENCH_SMOKE=1 makes each
// measure once, with no warm-up (scripts/bench-support/runs.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const benches = readdirSync(resolve(root, 'scripts/bench')).filter((f) => f.endsWith('.mjs'));

describe('benchmarks still run', () => {
  it.each(benches)(
    '%s',
    (name) => {
      const run = spawnSync(process.execPath, [resolve(root, 'scripts/bench', name)], {
        cwd: root,
        env: { ...process.env, BENCH_SMOKE: '1' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status, run.stderr).toBe(0);
      // Each prints its result: a median, or the bundle size.
      expect(run.stdout).toMatch(/median|KB gzip/);
      // The SRP bench times amazon-cognito-identity-js too, which takes seconds even for one
      // run on a loaded machine: the child's own 120 s limit is the one that matters.
    },
    150_000,
  );
});
